using Conferencing.RoomEvents.Storage;

namespace Conferencing.RoomEvents;

/// <summary>
/// The service's log events in one place: structured, with the conference id as correlation, and never a secret.
/// Source-generated, so nothing is formatted or boxed when the level is off.
/// </summary>
internal static partial class RoomEventsLog
{
    [LoggerMessage(1, LogLevel.Information, "Conference {ConferenceId} accepted in room {RoomId}; {Provider} asked to start it")]
    public static partial void ConferenceAccepted(this ILogger logger, Guid conferenceId, string roomId, string provider);

    [LoggerMessage(2, LogLevel.Warning, "Conference {ConferenceId} accepted in room {RoomId}, but its start could not be sent; the re-drive will send it")]
    public static partial void StartNotSent(this ILogger logger, Exception exception, Guid conferenceId, string roomId);

    [LoggerMessage(3, LogLevel.Warning, "{Event} for unknown conference {ConferenceId} (room {RoomId}) ignored")]
    public static partial void UnknownConference(this ILogger logger, string @event, Guid conferenceId, string roomId);

    [LoggerMessage(4, LogLevel.Information, "Conference {ConferenceId}: room {RoomId} already has its {Kind}; nothing written")]
    public static partial void AlreadyPosted(this ILogger logger, Guid conferenceId, string roomId, TimelineMessageKind kind);

    [LoggerMessage(5, LogLevel.Information, "Conference {ConferenceId} started; invitation posted in room {RoomId}")]
    public static partial void InvitationPosted(this ILogger logger, Guid conferenceId, string roomId);

    [LoggerMessage(6, LogLevel.Information, "Conference {ConferenceId} failed ({ReasonCode}); room {RoomId} told")]
    public static partial void FailurePosted(this ILogger logger, Guid conferenceId, string roomId, string reasonCode);

    [LoggerMessage(7, LogLevel.Information, "Conference {ConferenceId} already started; failure {ReasonCode} ignored")]
    public static partial void FailureAfterStart(this ILogger logger, Guid conferenceId, string reasonCode);

    [LoggerMessage(8, LogLevel.Warning, "Conference {ConferenceId} in room {RoomId} had no answer since {LastSentAt}; start sent again")]
    public static partial void StartResent(this ILogger logger, Guid conferenceId, string roomId, DateTimeOffset lastSentAt);

    [LoggerMessage(9, LogLevel.Error, "Conference {ConferenceId} in room {RoomId} had no answer since {RequestedAt}; answered as failed")]
    public static partial void StartGivenUp(this ILogger logger, Guid conferenceId, string roomId, DateTimeOffset requestedAt);

    [LoggerMessage(10, LogLevel.Error, "Re-drive round failed; the next round tries again")]
    public static partial void RedriveFailed(this ILogger logger, Exception exception);

    [LoggerMessage(11, LogLevel.Information, "Database {Provider} ready at migration {Migration}")]
    public static partial void DatabaseReady(this ILogger logger, string? provider, string? migration);

    [LoggerMessage(12, LogLevel.Warning, "Database made before migrations adopted: {Migration} recorded as applied, the later migrations follow")]
    public static partial void DatabaseAdopted(this ILogger logger, string migration);
}
