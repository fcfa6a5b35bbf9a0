namespace Conferencing.UberConferenceBridge;

/// <summary>
/// The log events of uberconference-bridge, generated so that disabled levels cost nothing. Every event of a start carries
/// {ConferenceId}; none carries the API key or a starter's email.
/// </summary>
internal static partial class UberConferenceLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Listed {Rooms} Dialpad meeting rooms in {Pages} pages")]
    public static partial void RoomsListed(this ILogger logger, int rooms, int pages);

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting room {MeetingRoomId} handed out for conference {ConferenceId} (dial-in: {HasDialIn})")]
    public static partial void RoomHandedOut(this ILogger logger, string? meetingRoomId, Guid conferenceId, bool hasDialIn);

    [LoggerMessage(Level = LogLevel.Information, Message = "The starter of conference {ConferenceId} has no meeting room among the company's {Rooms}")]
    public static partial void NoMeetingRoom(this ILogger logger, Guid conferenceId, int rooms);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Meeting room for conference {ConferenceId} not found: {ReasonCode} (retry may help: {RetryMayHelp})")]
    public static partial void LookupFailed(this ILogger logger, Exception? exception, Guid conferenceId, string reasonCode, bool retryMayHelp);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The team's UberConference PIN for conference {ConferenceId} is not digits; start refused")]
    public static partial void BadPin(this ILogger logger, Guid conferenceId);
}
