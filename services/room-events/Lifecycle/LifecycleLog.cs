namespace Conferencing.RoomEvents.Lifecycle;

/// <summary>Log events of sharing, ending and expiry (event ids 100-199).</summary>
internal static partial class LifecycleLog
{
    [LoggerMessage(101, LogLevel.Information, "Conference {ConferenceId} ended by {EndedBy}; its rooms told")]
    public static partial void ConferenceEnded(this ILogger logger, Guid conferenceId, string endedBy);

    [LoggerMessage(102, LogLevel.Information, "Conference {ConferenceId} shared into room {RoomId} by {UserId}")]
    public static partial void ConferenceShared(this ILogger logger, Guid conferenceId, string roomId, string userId);

    [LoggerMessage(103, LogLevel.Information, "Conference {ConferenceId} ran longer than {Lifetime}; ending it")]
    public static partial void ConferenceExpired(this ILogger logger, Guid conferenceId, TimeSpan lifetime);

    [LoggerMessage(104, LogLevel.Error, "Expiry round failed; the next round tries again")]
    public static partial void ExpiryFailed(this ILogger logger, Exception exception);

    [LoggerMessage(105, LogLevel.Warning, "Conference {ConferenceId} ended, but a room still lacked its follow-up; completing the ending")]
    public static partial void FollowUpCompleted(this ILogger logger, Guid conferenceId);
}
