namespace Conferencing.HangoutBridge.Google;

/// <summary>Where Google is with an event's conference create request.</summary>
public enum ConferenceState
{
    /// <summary>Still being made (or not visible yet): read the event again later.</summary>
    Pending,

    /// <summary>Made; the entry points are there.</summary>
    Created,

    /// <summary>Google answered that it could not make it.</summary>
    Failed,
}
