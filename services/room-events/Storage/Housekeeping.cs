using Conferencing.RoomEvents.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Conferencing.RoomEvents.Storage;

/// <summary>
/// Keeps the bookkeeping tables from growing without end: deletes idempotency keys older than
/// <see cref="RoomEventsOptions.IdempotencyKeyLifetime"/> and outbox rows finished longer ago than
/// <see cref="DeliveryOptions.KeepFinishedFor"/> (delivered: since the chat accepted them; given up: since they were
/// written, minutes before). Conferences and timelines are the rooms' history and stay. Deletes a batch at a time, so
/// that SQLite's one writer is never held for long; several instances may run it.
/// </summary>
public sealed class Housekeeping(
    IServiceScopeFactory scopes, IOptionsMonitor<RoomEventsOptions> options, IOptionsMonitor<DeliveryOptions> delivery,
    TimeProvider clock, ILogger<Housekeeping> logger)
    : TimedRounds(clock)
{
    private const int BatchSize = 1_000;

    protected override TimeSpan Every => options.CurrentValue.HousekeepingEvery;

    protected override void RoundFailed(Exception exception) => logger.HousekeepingFailed(exception);

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var keysBefore = now - options.CurrentValue.IdempotencyKeyLifetime;
        // Ordered, as a batch must be; the table holds about a day of keys, so sorting it each round is cheap. (The first
        // round after an upgrade from a version that kept keys forever pays once for all of them.)
        var keys = await DeleteInBatchesAsync(db => db.IdempotencyRecords
            .Where(record => record.CreatedAt < keysBefore)
            .OrderBy(record => record.CreatedAt)
            .Take(BatchSize)
            .ExecuteDeleteAsync(cancellationToken));

        var deliveriesBefore = now - delivery.CurrentValue.KeepFinishedFor;
        var deliveries = await DeleteInBatchesAsync(db => db.Set<WebhookDelivery>()
            .Where(d => (d.Status == WebhookDeliveryStatus.Delivered && d.DeliveredAt < deliveriesBefore)
                || (d.Status == WebhookDeliveryStatus.Failed && d.CreatedAt < deliveriesBefore))
            .OrderBy(d => d.Id)
            .Take(BatchSize)
            .ExecuteDeleteAsync(cancellationToken));

        if (keys + deliveries > 0)
            logger.HousekeepingSwept(keys, deliveries);
    }

    // A fresh context per batch: each DELETE is its own short transaction.
    private async Task<int> DeleteInBatchesAsync(Func<RoomEventsDb, Task<int>> deleteBatch)
    {
        var total = 0;
        int deleted;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            deleted = await deleteBatch(scope.ServiceProvider.GetRequiredService<RoomEventsDb>());
            total += deleted;
        }
        while (deleted == BatchSize);
        return total;
    }
}
