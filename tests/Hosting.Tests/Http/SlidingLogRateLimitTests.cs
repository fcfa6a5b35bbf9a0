using Conferencing.Hosting.Http;
using Conferencing.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Conferencing.Hosting.Tests.Http;

public sealed class SlidingLogRateLimitTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task WaitTurnAsync_Burst_NextCallWaitsUntilTheOldestIsAWindowOld()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        using var limit = new SlidingLogRateLimit(permits: 3, Window, maxQueued: 100, clock);
        foreach (var gap in new[] { 100, 100, 0 })
        {
            Assert.True(await limit.WaitTurnAsync("organizer@acme.example", CancellationToken.None));
            clock.Advance(TimeSpan.FromMilliseconds(gap)); // calls at 0, 100 and 200 ms
        }

        var fourth = limit.WaitTurnAsync("organizer@acme.example", CancellationToken.None).AsTask();
        clock.Advance(TimeSpan.FromMilliseconds(99)); // 299 ms: the first call is not yet a window old

        Assert.False(fourth.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1)); // 300 ms
        Assert.True(await fourth);
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
