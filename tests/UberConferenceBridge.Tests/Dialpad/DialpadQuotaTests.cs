using Conferencing.UberConferenceBridge.Dialpad;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Conferencing.UberConferenceBridge.Tests.Dialpad;

public sealed class DialpadQuotaTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new();
    private readonly HttpRequestMessage _request = new(HttpMethod.Get, new Uri("http://dialpad.test/api/v2/conference/rooms"));

    private DialpadQuota Quota(int perSecond) =>
        new(Options.Create(new UberConferenceOptions { ApiKey = "k", RequestsPerSecond = perSecond }), _clock);

    [Fact]
    public async Task WaitTurnAsync_BurstOverTheLimit_QueuesIntoTheNextSecondInsteadOfFailing()
    {
        using var quota = Quota(5);

        var turns = Enumerable.Range(0, 6).Select(_ => quota.WaitTurnAsync(_request, CancellationToken.None).AsTask()).ToList();
        await Task.WhenAll(turns.Take(5));
        _clock.Advance(TimeSpan.FromMilliseconds(1049));
        Assert.False(turns[5].IsCompleted, "The sixth call of five a second went before the second was over.");
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.All(await Task.WhenAll(turns), Assert.True);
    }

    [Fact]
    public async Task WaitTurnAsync_MoreThanAMinuteWaiting_Refused()
    {
        using var quota = Quota(1);
        using var stop = new CancellationTokenSource();
        Assert.True(await quota.WaitTurnAsync(_request, CancellationToken.None));
        var waiting = Enumerable.Range(0, 60).Select(_ => quota.WaitTurnAsync(_request, stop.Token).AsTask()).ToList();

        var turn = await quota.WaitTurnAsync(_request, CancellationToken.None);

        Assert.False(turn);
        await stop.CancelAsync();
        await Task.WhenAll(waiting.Select(task => task.ContinueWith(_ => { }, TaskScheduler.Default)));
    }

    public void Dispose() => _request.Dispose();
}
