using Conferencing.RoomEvents.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Conferencing.RoomEvents.Lifecycle;

/// <summary>
/// Ends conferences that ran longer than <see cref="RoomEventsOptions.ConferenceLifetime"/>, and completes endings that
/// left a room without its follow-up (an instance stopped half-way, or a share landed just after the end). Several
/// instances may run it: the status is a concurrency token, so each conference ends once.
/// </summary>
public sealed class ConferenceExpiry(
    IServiceScopeFactory scopes, IOptionsMonitor<RoomEventsOptions> options, TimeProvider clock, ILogger<ConferenceExpiry> logger)
    : TimedRounds(clock)
{
    private const int BatchSize = 100;

    /// <summary>How far back a finished ending is checked for missing follow-ups.</summary>
    private static readonly TimeSpan RepairWindow = TimeSpan.FromDays(1);

    protected override TimeSpan Every => options.CurrentValue.ExpiryCheckEvery;

    protected override void RoundFailed(Exception exception) => logger.ExpiryFailed(exception);

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        await ExpireAsync(cancellationToken);
        await CompleteEndingsAsync(cancellationToken);
    }

    private async Task ExpireAsync(CancellationToken cancellationToken)
    {
        var lifetime = options.CurrentValue.ConferenceLifetime;
        var startedBefore = Clock.GetUtcNow() - lifetime;
        foreach (var conferenceId in await DueAsync(db => db.Conferences
            .Where(c => c.Status == ConferenceStatus.Started && c.StartedAt <= startedBefore)
            .OrderBy(c => c.StartedAt)
            .Select(c => c.Id), cancellationToken))
        {
            logger.ConferenceExpired(conferenceId, lifetime);
            await EndAsync(conferenceId, cancellationToken);
        }
    }

    private async Task CompleteEndingsAsync(CancellationToken cancellationToken)
    {
        var endedSince = Clock.GetUtcNow() - RepairWindow;
        foreach (var conferenceId in await DueAsync(db => db.TimelineMessages
            .Where(m => m.Kind == TimelineMessageKind.Invitation
                && db.Conferences.Any(c => c.Id == m.ConferenceId && c.Status == ConferenceStatus.Ended && c.EndedAt >= endedSince)
                && !db.TimelineMessages.Any(e => e.ConferenceId == m.ConferenceId && e.RoomId == m.RoomId && e.Kind == TimelineMessageKind.Ended))
            .Select(m => m.ConferenceId)
            .Distinct()
            .OrderBy(id => id), cancellationToken))
        {
            logger.FollowUpCompleted(conferenceId);
            await EndAsync(conferenceId, cancellationToken);
        }
    }

    private async Task<List<Guid>> DueAsync(Func<RoomEventsDb, IQueryable<Guid>> query, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<RoomEventsDb>()).Take(BatchSize).ToListAsync(cancellationToken);
    }

    // A scope per conference: one conference's trouble (or tracked entities) never spills into the next.
    private async Task EndAsync(Guid conferenceId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ConferenceEnding>().EndAsync(conferenceId, endedBy: null, cancellationToken);
    }
}
