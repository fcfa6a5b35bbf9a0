using Conferencing.Contracts;
using Conferencing.Hosting;
using Conferencing.RoomEvents.Conferences;
using Conferencing.RoomEvents.Storage;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Conferencing.RoomEvents.Redrive;

/// <summary>
/// "Accepted means answered": a start whose command was lost (room-events died after accepting, the broker refused)
/// or never answered is sent again with the same conference id, and after <see cref="RoomEventsOptions.GiveUpAfter"/>
/// answered as failed, so the room is never left waiting.
/// </summary>
public sealed class StartRedrive(
    IServiceScopeFactory scopes, IOptionsMonitor<RoomEventsOptions> options, TimeProvider clock, ILogger<StartRedrive> logger)
    : TimedRounds(clock)
{
    private const int BatchSize = 100;

    protected override TimeSpan Every => options.CurrentValue.RedriveEvery;

    // A stuck start stays stored; the next round tries again. (A broker that is down surfaces as a cancelled send: that
    // is a failed round too, not a reason to stop the service.)
    protected override void RoundFailed(Exception exception) => logger.RedriveFailed(exception);

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoomEventsDb>();
        var settings = options.CurrentValue;
        var now = Clock.GetUtcNow();
        var due = await db.Conferences.AsNoTracking()
            .Where(c => c.Status == ConferenceStatus.Starting && c.NextSendAt <= now)
            .OrderBy(c => c.NextSendAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        foreach (var conference in due)
        {
            var next = RedriveSchedule.NextSendAt(conference.RequestedAt, now, settings.RedriveAfter, settings.GiveUpAfter);
            if (!await ClaimAsync(db, conference, now, next, cancellationToken))
                continue;
            using var deadline = BrokerDeadline.Linked(cancellationToken);
            if (RedriveSchedule.IsOverdue(conference.RequestedAt, now, settings.GiveUpAfter))
                await GiveUpAsync(scope.ServiceProvider.GetRequiredService<IPublishEndpoint>(), conference, deadline.Token);
            else
                await ResendAsync(scope.ServiceProvider, db, conference, deadline.Token);
        }
    }

    // Several copies of room-events may run: the one whose update matches the old due time re-drives, the others skip.
    private static async Task<bool> ClaimAsync(
        RoomEventsDb db, Conference conference, DateTimeOffset now, DateTimeOffset next, CancellationToken cancellationToken) =>
        await db.Conferences
            .Where(c => c.Id == conference.Id && c.Status == ConferenceStatus.Starting && c.NextSendAt == conference.NextSendAt)
            .ExecuteUpdateAsync(update => update.SetProperty(c => c.LastSentAt, now).SetProperty(c => c.NextSendAt, next), cancellationToken) == 1;

    private async Task ResendAsync(IServiceProvider services, RoomEventsDb db, Conference conference, CancellationToken cancellationToken)
    {
        var room = await db.Rooms.SingleAsync(r => r.Id == conference.RoomId, cancellationToken);
        var team = await db.Teams.SingleAsync(t => t.Id == conference.TeamId, cancellationToken);
        await services.GetRequiredService<StartCommands>().SendAsync(conference, room, team, cancellationToken);
        logger.StartResent(conference.Id, conference.RoomId, conference.LastSentAt);
    }

    // Published rather than written here, so the failure consumer stays the one place that words and posts failures.
    private async Task GiveUpAsync(IPublishEndpoint publish, Conference conference, CancellationToken cancellationToken)
    {
        await publish.Publish(
            new ConferenceStartFailed(
                conference.Id,
                conference.RoomId,
                conference.Provider,
                FailureReasons.ProviderUnavailable,
                RetryMayHelp: true,
                $"No answer from the {conference.Provider} bridge since {conference.RequestedAt:O}."),
            cancellationToken);
        logger.StartGivenUp(conference.Id, conference.RoomId, conference.RequestedAt);
    }
}
