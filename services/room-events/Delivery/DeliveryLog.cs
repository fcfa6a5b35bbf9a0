namespace Conferencing.RoomEvents.Delivery;

/// <summary>
/// The outbox's log events (event ids 300-399): room and message ids, attempts and the webhook's answer; never the webhook URL
/// (a secret).
/// </summary>
internal static partial class DeliveryLog
{
    [LoggerMessage(301, LogLevel.Information, "Message {MessageId} delivered to room {RoomId}'s chat on attempt {Attempt}")]
    public static partial void Delivered(this ILogger logger, Guid messageId, string roomId, int attempt);

    [LoggerMessage(302, LogLevel.Warning, "Message {MessageId} for room {RoomId}'s chat failed on attempt {Attempt} ({Detail}); next attempt in {Delay}")]
    public static partial void WillRetry(this ILogger logger, Guid messageId, string roomId, int attempt, string detail, TimeSpan delay);

    [LoggerMessage(303, LogLevel.Error, "Message {MessageId} for room {RoomId}'s chat refused {Attempt} times ({Detail}); given up. Check the room's webhook URL")]
    public static partial void GaveUp(this ILogger logger, Guid messageId, string roomId, int attempt, string detail);

    [LoggerMessage(304, LogLevel.Warning, "Message {MessageId} for room {RoomId}: this instance's claim ran out before its answer was recorded; another instance may send it again (receivers dedupe on X-Conferencing-Message-Id)")]
    public static partial void ClaimLost(this ILogger logger, Guid messageId, string roomId);

    [LoggerMessage(305, LogLevel.Error, "Delivery round failed; the next round tries again")]
    public static partial void RoundFailed(this ILogger logger, Exception exception);

    [LoggerMessage(306, LogLevel.Error, "Message {MessageId} for room {RoomId}: the attempt's outcome could not be recorded; its claim expires and it is tried again")]
    public static partial void RecordFailed(this ILogger logger, Exception exception, Guid messageId, string roomId);

    [LoggerMessage(307, LogLevel.Error, "Message {MessageId} for room {RoomId} has a webhook URL that is not absolute; given up")]
    public static partial void BadWebhookUrl(this ILogger logger, Guid messageId, string roomId);
}
