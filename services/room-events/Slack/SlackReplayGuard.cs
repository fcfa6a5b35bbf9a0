using System.Collections.Concurrent;

namespace Conferencing.RoomEvents.Slack;

/// <summary>
/// Remembers the signatures of verified requests until their timestamps leave the five-minute window, so that a captured
/// request sent again within the window is refused. In memory, per instance: a replay that reaches another instance passes
/// this check, and is then stopped by the durable one (the trigger id is the start's idempotency key, so it gets the
/// conference the first request started, and nothing new starts). Only verified requests are recorded, so a stranger
/// cannot fill it; its size is bounded by the rate of genuine slash commands.
/// </summary>
public sealed class SlackReplayGuard(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private long _lastPrunedTicks;

    /// <summary>True the first time a signature is seen within its window; false for a replay.</summary>
    public bool TryRecord(string signature, DateTimeOffset signedAt)
    {
        var now = clock.GetUtcNow();
        PruneExpired(now);
        return _seen.TryAdd(signature, signedAt + SlackSignature.Window);
    }

    private void PruneExpired(DateTimeOffset now)
    {
        var last = Interlocked.Read(ref _lastPrunedTicks);
        if (now.UtcTicks - last < TimeSpan.TicksPerSecond * 10 || Interlocked.CompareExchange(ref _lastPrunedTicks, now.UtcTicks, last) != last)
            return;
        foreach (var (signature, expiresAt) in _seen)
        {
            if (expiresAt < now)
                _seen.TryRemove(signature, out _);
        }
    }
}
