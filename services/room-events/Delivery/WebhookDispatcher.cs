using Conferencing.RoomEvents.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Conferencing.RoomEvents.Delivery;

/// <summary>
/// Delivers the outbox: for each room, its first pending message, one at a time, so a room's messages arrive in order
/// while rooms proceed independently. A message is claimed with a lease by a conditional update, so that several
/// room-events instances on one database never send the same row at once; a lease left by a crashed instance expires.
/// </summary>
public sealed class WebhookDispatcher(
    IServiceScopeFactory scopes, IOptionsMonitor<DeliveryOptions> options, DeliverySignal signal, RoomEventsMetrics metrics, TimeProvider clock,
    ILogger<WebhookDispatcher> logger)
    : BackgroundService
{
    private const int MaxErrorLength = 256;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var inFlight = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            inFlight.RemoveAll(task => task.IsCompleted);
            var settings = options.CurrentValue;
            var capacity = settings.MaxConcurrentRooms - inFlight.Count;
            if (capacity > 0)
            {
                try
                {
                    foreach (var claim in await ClaimAsync(capacity, settings, stoppingToken))
                        inFlight.Add(Task.Run(() => DeliverAsync(claim, settings), CancellationToken.None));
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.RoundFailed(exception);
                }
            }
            try
            {
                await signal.WaitAsync(settings.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        // Attempts under way finish (each within AttemptTimeout) and are recorded: a graceful stop sends nothing twice.
        await Task.WhenAll(inFlight);
    }

    private async Task<List<Claim>> ClaimAsync(int capacity, DeliveryOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var deliveries = scope.ServiceProvider.GetRequiredService<RoomEventsDb>().Set<WebhookDelivery>();
        var now = clock.GetUtcNow();
        var heads = await deliveries.AsNoTracking()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeasedUntil == null || d.LeasedUntil < now))
            .Where(d => !deliveries.Any(earlier => earlier.RoomId == d.RoomId && earlier.Status == WebhookDeliveryStatus.Pending && earlier.Id < d.Id))
            .OrderBy(d => d.Id)
            .Take(capacity)
            .ToListAsync(cancellationToken);

        var claims = new List<Claim>(heads.Count);
        foreach (var head in heads)
        {
            // Only the instance whose update still finds the row unclaimed and unchanged (same attempt count) gets it.
            var leaseId = Guid.NewGuid();
            DateTimeOffset? leasedUntil = now + settings.LeaseDuration;
            var claimed = await deliveries
                .Where(d => d.Id == head.Id && d.Status == WebhookDeliveryStatus.Pending && d.Attempts == head.Attempts
                    && d.NextAttemptAt <= now && (d.LeasedUntil == null || d.LeasedUntil < now))
                .ExecuteUpdateAsync(update => update.SetProperty(d => d.LeasedUntil, leasedUntil).SetProperty(d => d.LeaseId, leaseId), cancellationToken);
            if (claimed == 1)
                claims.Add(new Claim(head, leaseId));
        }
        return claims;
    }

    private async Task DeliverAsync(Claim claim, DeliveryOptions settings)
    {
        var delivery = claim.Delivery;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            WebhookAnswer answer;
            if (Uri.TryCreate(delivery.WebhookUrl, UriKind.Absolute, out var webhook))
            {
                answer = await scope.ServiceProvider.GetRequiredService<WebhookClient>()
                    .PostAsync(webhook, delivery.MessageId, delivery.Payload, settings.AttemptTimeout, CancellationToken.None);
            }
            else
            {
                logger.BadWebhookUrl(delivery.MessageId, delivery.RoomId);
                answer = new WebhookAnswer(WebhookOutcome.Permanent, "the webhook URL is not absolute");
            }
            await RecordAsync(scope.ServiceProvider.GetRequiredService<RoomEventsDb>(), claim, answer, settings);
        }
        catch (Exception exception)
        {
            logger.RecordFailed(exception, delivery.MessageId, delivery.RoomId);
        }
        finally
        {
            // The room's next message, or a room waiting for a free slot, can go now.
            signal.Wake();
        }
    }

    private async Task RecordAsync(RoomEventsDb db, Claim claim, WebhookAnswer answer, DeliveryOptions settings)
    {
        var delivery = claim.Delivery;
        var attempt = delivery.Attempts + 1;
        var now = clock.GetUtcNow();
        var detail = answer.Detail.Length > MaxErrorLength ? answer.Detail[..MaxErrorLength] : answer.Detail;
        var mine = db.Set<WebhookDelivery>().Where(d => d.Id == delivery.Id && d.LeaseId == claim.LeaseId);
        int recorded;
        if (answer.Outcome == WebhookOutcome.Delivered)
        {
            recorded = await mine.ExecuteUpdateAsync(update => update
                .SetProperty(d => d.Status, WebhookDeliveryStatus.Delivered)
                .SetProperty(d => d.Attempts, attempt)
                .SetProperty(d => d.DeliveredAt, (DateTimeOffset?)now)
                .SetProperty(d => d.LastError, (string?)null)
                .SetProperty(d => d.LeasedUntil, (DateTimeOffset?)null)
                .SetProperty(d => d.LeaseId, (Guid?)null));
            logger.Delivered(delivery.MessageId, delivery.RoomId, attempt);
            metrics.DeliveryAttempted("delivered");
        }
        else if (answer.Outcome == WebhookOutcome.Permanent && attempt >= settings.PermanentFailureAttempts)
        {
            recorded = await mine.ExecuteUpdateAsync(update => update
                .SetProperty(d => d.Status, WebhookDeliveryStatus.Failed)
                .SetProperty(d => d.Attempts, attempt)
                .SetProperty(d => d.LastError, detail)
                .SetProperty(d => d.LeasedUntil, (DateTimeOffset?)null)
                .SetProperty(d => d.LeaseId, (Guid?)null));
            logger.GaveUp(delivery.MessageId, delivery.RoomId, attempt, detail);
            metrics.DeliveryAttempted("failed");
        }
        else
        {
            var delay = DeliveryBackoff.Delay(attempt, settings.RetryBaseDelay, settings.RetryMaxDelay, answer.RetryAfter, Random.Shared.NextDouble());
            recorded = await mine.ExecuteUpdateAsync(update => update
                .SetProperty(d => d.Attempts, attempt)
                .SetProperty(d => d.NextAttemptAt, now + delay)
                .SetProperty(d => d.LastError, detail)
                .SetProperty(d => d.LeasedUntil, (DateTimeOffset?)null)
                .SetProperty(d => d.LeaseId, (Guid?)null));
            logger.WillRetry(delivery.MessageId, delivery.RoomId, attempt, detail, delay);
            metrics.DeliveryAttempted("retrying");
        }
        if (recorded == 0)
            logger.ClaimLost(delivery.MessageId, delivery.RoomId);
    }

    private sealed record Claim(WebhookDelivery Delivery, Guid LeaseId);
}
