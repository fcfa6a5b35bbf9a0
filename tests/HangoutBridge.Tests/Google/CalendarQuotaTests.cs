using Conferencing.HangoutBridge.Google;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Conferencing.HangoutBridge.Tests.Google;

public sealed class CalendarQuotaTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task WaitTurnAsync_UserOverPerMinuteQuota_QueuesWhileOtherUsersGoOn()
    {
        using var quota = Quota(perUser: 2);
        Assert.True(await quota.WaitTurnAsync(As("organizer@acme.example"), CancellationToken.None));
        Assert.True(await quota.WaitTurnAsync(As("ORGANIZER@acme.example"), CancellationToken.None));

        var third = quota.WaitTurnAsync(As("organizer@acme.example"), CancellationToken.None).AsTask();
        Assert.True(await quota.WaitTurnAsync(As("alice@acme.example"), CancellationToken.None));

        Assert.False(third.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(60.5));
        Assert.True(await third);
    }

    [Fact]
    public async Task WaitTurnAsync_QueueLongerThanAMinutesQuota_RefusesInsteadOfWaiting()
    {
        using var quota = Quota(perUser: 1);
        using var stop = new CancellationTokenSource();
        Assert.True(await quota.WaitTurnAsync(As("organizer@acme.example"), CancellationToken.None));
        var queued = quota.WaitTurnAsync(As("organizer@acme.example"), stop.Token).AsTask();

        Assert.False(await quota.WaitTurnAsync(As("organizer@acme.example"), CancellationToken.None));
        Assert.False(queued.IsCompleted);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued);
    }

    [Fact]
    public async Task WaitTurnAsync_ProjectOverPerMinuteQuota_QueuesEveryUser()
    {
        using var quota = Quota(perUser: 10, perProject: 2);
        Assert.True(await quota.WaitTurnAsync(As("alice@acme.example"), CancellationToken.None));
        Assert.True(await quota.WaitTurnAsync(As("bob@acme.example"), CancellationToken.None));

        var carol = quota.WaitTurnAsync(As("carol@acme.example"), CancellationToken.None).AsTask();

        Assert.False(carol.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(60.5));
        Assert.True(await carol);
    }

    [Fact]
    public async Task WaitTurnAsync_RequestNamesNoUser_Throws()
    {
        using var quota = Quota(perUser: 1);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://www.googleapis.com/calendar/v3/calendars/primary/events/x");

        await Assert.ThrowsAsync<InvalidOperationException>(() => quota.WaitTurnAsync(request, CancellationToken.None).AsTask());
    }

    private CalendarQuota Quota(int perUser, int perProject = 10_000) =>
        new(Options.Create(new GoogleOptions { RequestsPerMinutePerUser = perUser, RequestsPerMinute = perProject }), _clock);

    private static HttpRequestMessage As(string user)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "https://www.googleapis.com/calendar/v3/calendars/primary/events");
        ImpersonatedUser.Set(request, user);
        return request;
    }
}
