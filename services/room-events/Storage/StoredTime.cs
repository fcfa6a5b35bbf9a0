namespace Conferencing.RoomEvents.Storage;

/// <summary>
/// "Now" as the database can keep it: PostgreSQL holds microseconds, so a moment that travels in a message and is
/// later read back (a re-sent command's RequestedAt) stays the same moment.
/// </summary>
public static class StoredTime
{
    public static DateTimeOffset UtcNow(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
