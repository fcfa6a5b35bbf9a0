namespace Conferencing.Contracts;

/// <summary>The provider names used on the wire and in room-events' API.</summary>
public static class ConferenceProviders
{
    /// <summary>Google Meet, started through Calendar v3 (the "Start Google Hangout" menu item).</summary>
    public const string GoogleHangout = "google-hangout";

    /// <summary>UberConference, now Dialpad Meetings.</summary>
    public const string UberConference = "uberconference";
}
