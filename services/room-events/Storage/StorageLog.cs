namespace Conferencing.RoomEvents.Storage;

/// <summary>Log events of the database's housekeeping (event ids 400-499).</summary>
internal static partial class StorageLog
{
    [LoggerMessage(401, LogLevel.Information, "Housekeeping deleted {Keys} expired idempotency keys and {Deliveries} finished chat deliveries")]
    public static partial void HousekeepingSwept(this ILogger logger, int keys, int deliveries);

    [LoggerMessage(402, LogLevel.Error, "Housekeeping round failed; the next round tries again")]
    public static partial void HousekeepingFailed(this ILogger logger, Exception exception);
}
