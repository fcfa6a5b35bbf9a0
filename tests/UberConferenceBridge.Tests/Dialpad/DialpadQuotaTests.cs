using System.Diagnostics;
using System.Net;
using Conferencing.UberConferenceBridge.Dialpad;
using Microsoft.Extensions.Options;

namespace Conferencing.UberConferenceBridge.Tests.Dialpad;

public sealed class DialpadQuotaTests
{
    private static DialpadQuota Quota(int perSecond) =>
        new(Options.Create(new UberConferenceOptions { ApiKey = "k", RequestsPerSecond = perSecond }), TimeProvider.System);

    [Fact]
    public async Task WaitTurnAsync_BurstOverTheLimit_QueuesIntoTheNextSecondInsteadOfFailing()
    {
        using var quota = Quota(5);
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => quota.WaitTurnAsync(CancellationToken.None).AsTask()));

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(850), $"Six calls at five a second took only {clock.ElapsedMilliseconds} ms.");
    }

    [Fact]
    public async Task WaitTurnAsync_MoreThanAMinuteWaiting_RefusedAsTooManyRequests()
    {
        using var quota = Quota(1);
        using var stop = new CancellationTokenSource();
        await quota.WaitTurnAsync(CancellationToken.None);
        var waiting = Enumerable.Range(0, 60).Select(_ => quota.WaitTurnAsync(stop.Token).AsTask()).ToList();

        var refused = await Assert.ThrowsAsync<DialpadApiException>(() => quota.WaitTurnAsync(CancellationToken.None).AsTask());

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        await stop.CancelAsync();
        await Task.WhenAll(waiting.Select(task => task.ContinueWith(_ => { }, TaskScheduler.Default)));
    }
}
