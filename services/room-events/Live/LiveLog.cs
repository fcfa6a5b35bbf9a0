namespace Conferencing.RoomEvents.Live;

/// <summary>Log events of the live streams (event ids 200-299).</summary>
internal static partial class LiveLog
{
    [LoggerMessage(201, LogLevel.Warning, "Live update for room {RoomId} (conference {ConferenceId}) not published; open pages see it when they reconnect")]
    public static partial void LiveUpdateNotPublished(this ILogger logger, Exception exception, string roomId, Guid conferenceId);

    [LoggerMessage(202, LogLevel.Information, "Live stream of room {RoomId} opened for {UserId} ({Streams} open on this instance)")]
    public static partial void StreamOpened(this ILogger logger, string roomId, string userId, int streams);

    [LoggerMessage(203, LogLevel.Information, "Live stream of room {RoomId} closed for {UserId}")]
    public static partial void StreamClosed(this ILogger logger, string roomId, string userId);

    [LoggerMessage(204, LogLevel.Warning, "Live stream of room {RoomId} for {UserId} fell {Capacity} events behind; closed so that the page reconnects and reloads")]
    public static partial void StreamTooSlow(this ILogger logger, string roomId, string userId, int capacity);

    [LoggerMessage(205, LogLevel.Warning, "Live update for room {RoomId} (conference {ConferenceId}) skipped: the broker did not answer a moment ago")]
    public static partial void LiveUpdateSkipped(this ILogger logger, string roomId, Guid conferenceId);
}
