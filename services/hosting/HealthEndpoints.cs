using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;

namespace Conferencing.Hosting;

/// <summary>Liveness and readiness probes, the same on every service.</summary>
public static class HealthEndpoints
{
    /// <summary>Health checks tagged with this are part of readiness (MassTransit tags its bus check so).</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// <c>/health/live</c> answers while the process runs; <c>/health/ready</c> also needs the bus (and whatever else is
    /// tagged <see cref="ReadyTag"/>). They answer only a status word, so probes may call them without credentials.
    /// </summary>
    public static IEndpointRouteBuilder MapConferencingHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
