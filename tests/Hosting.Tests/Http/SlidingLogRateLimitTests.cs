using System.Diagnostics;
using Conferencing.Hosting.Http;

namespace Conferencing.Hosting.Tests.Http;

public sealed class SlidingLogRateLimitTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task WaitTurnAsync_Burst_NoWindowEverHoldsMoreThanThePermits()
    {
        using var limit = new SlidingLogRateLimit(permits: 3, Window, maxQueued: 100, TimeProvider.System);
        var clock = Stopwatch.StartNew();
        var granted = new List<TimeSpan>();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            Assert.True(await limit.WaitTurnAsync("organizer@acme.example", CancellationToken.None));
            lock (granted)
                granted.Add(clock.Elapsed);
        }));

        // Any call and the third one after it are a window apart: no window holds four. The test reads its clock after
        // each call returns, so thread scheduling blurs its readings by a few milliseconds.
        var blur = TimeSpan.FromMilliseconds(25);
        granted.Sort();
        for (var i = 3; i < granted.Count; i++)
            Assert.True(granted[i] - granted[i - 3] >= Window - blur, $"calls {i - 3} and {i} were {granted[i] - granted[i - 3]} apart");
    }

    [Fact]
    public async Task WaitTurnAsync_KeysDifferOnlyInCase_ShareOneLogAndQueue()
    {
        using var limit = new SlidingLogRateLimit(permits: 1, TimeSpan.FromMinutes(1), maxQueued: 1, TimeProvider.System);
        using var stop = new CancellationTokenSource();
        Assert.True(await limit.WaitTurnAsync("Organizer@Acme.example", CancellationToken.None));

        var queued = limit.WaitTurnAsync("organizer@acme.example", stop.Token).AsTask();

        Assert.False(await limit.WaitTurnAsync("ORGANIZER@ACME.EXAMPLE", CancellationToken.None));
        Assert.True(await limit.WaitTurnAsync("alice@acme.example", CancellationToken.None));
        Assert.False(queued.IsCompleted);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued);
    }

    [Fact]
    public async Task WaitTurnAsync_CancelledWhileWaiting_KeepsTheLogIntact()
    {
        using var limit = new SlidingLogRateLimit(permits: 1, TimeSpan.FromMinutes(1), maxQueued: 10, TimeProvider.System);
        Assert.True(await limit.WaitTurnAsync("k", CancellationToken.None));
        using var stop = new CancellationTokenSource();

        var waiting = limit.WaitTurnAsync("k", stop.Token).AsTask();
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        // The first call still counts: the next one must still wait (and gives up after 200 ms).
        using var shortWait = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => limit.WaitTurnAsync("k", shortWait.Token).AsTask());
    }
}
