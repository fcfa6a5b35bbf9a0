using Conferencing.HangoutBridge.Google;
using Microsoft.Extensions.Options;
using Xunit;

namespace Conferencing.HangoutBridge.Tests.Google;

public sealed class CalendarQuotaTests
{
    [Fact]
    public async Task WaitTurnAsync_UserOverPerMinuteQuota_QueuesWhileOtherUsersGoOn()
    {
        using var quota = new CalendarQuota(Options.Create(new GoogleOptions { RequestsPerMinutePerUser = 2 }), TimeProvider.System);
        using var stop = new CancellationTokenSource();
        await quota.WaitTurnAsync("organizer@acme.example", CancellationToken.None);
        await quota.WaitTurnAsync("ORGANIZER@acme.example", CancellationToken.None);

        var third = quota.WaitTurnAsync("organizer@acme.example", stop.Token).AsTask();
        await quota.WaitTurnAsync("alice@acme.example", CancellationToken.None);

        Assert.False(third.IsCompleted);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => third);
    }

    [Fact]
    public async Task WaitTurnAsync_QueueLongerThanAMinutesQuota_FailsInsteadOfWaiting()
    {
        using var quota = new CalendarQuota(Options.Create(new GoogleOptions { RequestsPerMinutePerUser = 1 }), TimeProvider.System);
        using var stop = new CancellationTokenSource();
        await quota.WaitTurnAsync("organizer@acme.example", CancellationToken.None);
        var queued = quota.WaitTurnAsync("organizer@acme.example", stop.Token).AsTask();

        await Assert.ThrowsAsync<CalendarQuotaExceededException>(() => quota.WaitTurnAsync("organizer@acme.example", CancellationToken.None).AsTask());
        Assert.False(queued.IsCompleted);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued);
    }
}
