namespace Conferencing.HangoutBridge.Google;

/// <summary>
/// The log events of the Google client, generated so that disabled levels cost nothing. Every event of a start carries
/// {ConferenceId}; none carries a key, an assertion or a token.
/// </summary>
internal static partial class GoogleLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Calendar event {EventId} made for conference {ConferenceId}")]
    public static partial void EventCreated(this ILogger logger, string eventId, Guid conferenceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendar event {EventId} of conference {ConferenceId} exists already; reading it")]
    public static partial void EventExists(this ILogger logger, string eventId, Guid conferenceId);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Google is still making the Meet of conference {ConferenceId}; reading it again in {Delay} ({Poll} of {Polls})")]
    public static partial void ConferencePending(this ILogger logger, Guid conferenceId, TimeSpan delay, int poll, int polls);

    [LoggerMessage(Level = LogLevel.Information, Message = "Google Meet {MeetingCode} ready for conference {ConferenceId} (dial-in: {HasDialIn})")]
    public static partial void ConferenceReady(this ILogger logger, string? meetingCode, Guid conferenceId, bool hasDialIn);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Google Meet for conference {ConferenceId} failed: {ReasonCode} (retry may help: {RetryMayHelp})")]
    public static partial void ConferenceFailed(this ILogger logger, Exception? exception, Guid conferenceId, string reasonCode, bool retryMayHelp);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the Google service account key of {ServiceAccount} from {KeyPath}")]
    public static partial void KeyLoaded(this ILogger logger, string serviceAccount, string keyPath);
}
