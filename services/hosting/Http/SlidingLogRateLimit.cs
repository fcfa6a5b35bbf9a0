using System.Collections.Concurrent;

namespace Conferencing.Hosting.Http;

/// <summary>
/// At most <c>permits</c> calls per key in ANY window of the given length, as a provider counts them: it remembers when
/// each of the last <c>permits</c> calls went out and lets the next one wait until the oldest is a window old.
/// (.NET's sliding-window limiter frees permits segment by segment, so an arbitrary window may see up to one segment
/// more than the limit; Calendar's quota tests found 824 calls in one minute for a limit of 600.)
/// Callers queue in arrival order; when <c>maxQueued</c> calls of a key are already queued (the one being served
/// included), the next is refused instead.
/// </summary>
public sealed class SlidingLogRateLimit(int permits, TimeSpan window, int maxQueued, TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<string, CallLog> _logs = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for the key's turn; false when too many calls of that key are already queued.</summary>
    public async ValueTask<bool> WaitTurnAsync(string key, CancellationToken cancellationToken)
    {
        var log = _logs.GetOrAdd(key, _ => new CallLog());
        if (Interlocked.Increment(ref log.Queued) > maxQueued)
        {
            Interlocked.Decrement(ref log.Queued);
            return false;
        }
        try
        {
            await log.Gate.WaitAsync(cancellationToken);
            try
            {
                if (log.Sent.Count == permits)
                {
                    // A timer may fire a little early: wait until the oldest call really is a window old.
                    for (var free = log.Sent.Peek() + window - time.GetUtcNow(); free > TimeSpan.Zero; free = log.Sent.Peek() + window - time.GetUtcNow())
                        await Task.Delay(free, time, cancellationToken);
                    log.Sent.Dequeue();
                }
                log.Sent.Enqueue(time.GetUtcNow());
                return true;
            }
            finally
            {
                log.Gate.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref log.Queued);
        }
    }

    public void Dispose()
    {
        foreach (var log in _logs.Values)
            log.Dispose();
    }

    private sealed class CallLog : IDisposable
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public readonly Queue<DateTimeOffset> Sent = new();
        public int Queued;

        public void Dispose() => Gate.Dispose();
    }
}
