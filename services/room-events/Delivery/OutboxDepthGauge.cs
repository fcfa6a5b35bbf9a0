using System.Diagnostics.Metrics;
using Conferencing.Hosting.Telemetry;
using Conferencing.RoomEvents.Storage;

namespace Conferencing.RoomEvents.Delivery;

/// <summary>
/// <c>conferencing.chat.outbox.depth</c>: the timeline messages not yet accepted by their room's chat webhook. Read when
/// the metrics are collected (a Prometheus scrape, an OTLP export), not on every change: one count over the outbox's
/// status index per collection, synchronous because an observable instrument's callback is.
/// </summary>
public sealed class OutboxDepthGauge(IMeterFactory meters, IServiceScopeFactory scopes) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        meters.Create(ConferencingMeter.Name).CreateObservableGauge(
            "conferencing.chat.outbox.depth", PendingDeliveries, "{message}", "Timeline messages not yet accepted by their room's chat webhook.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private long PendingDeliveries()
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetRequiredService<RoomEventsDb>().Set<WebhookDelivery>()
            .LongCount(delivery => delivery.Status == WebhookDeliveryStatus.Pending);
    }
}
