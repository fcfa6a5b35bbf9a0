namespace Conferencing.RoomEvents.Storage;

/// <summary>What a timeline message announces.</summary>
public enum TimelineMessageKind
{
    Invitation,
    Failure,

    /// <summary>The follow-up that tells a room its conference has ended (by a member, an admin, or its time limit).</summary>
    Ended,
}
