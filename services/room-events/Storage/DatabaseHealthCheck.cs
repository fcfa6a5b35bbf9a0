using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Conferencing.RoomEvents.Storage;

/// <summary>Readiness needs the database: without it nothing can be accepted or announced.</summary>
public sealed class DatabaseHealthCheck(RoomEventsDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
