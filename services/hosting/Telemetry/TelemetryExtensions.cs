using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Conferencing.Hosting.Telemetry;

/// <summary>
/// OpenTelemetry, the same on every service: traces of ASP.NET Core, HttpClient and MassTransit (whose W3C trace context
/// travels in the message headers, so one click is one trace across the services), metrics of the same plus the runtime,
/// MassTransit's meter and the suite's own (<see cref="ConferencingMeter"/>), and log lines that carry the trace id.
/// Exported over OTLP when the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and scraped at <c>/metrics</c>.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>MassTransit's ActivitySource and Meter.</summary>
    private const string MassTransit = "MassTransit";

    /// <param name="serviceName">The service's name in traces and metrics (<c>room-events</c>, <c>hangout-bridge</c>...).</param>
    /// <param name="tracing">What else the service traces (room-events: its database).</param>
    public static IServiceCollection AddConferencingTelemetry(
        this IServiceCollection services, IConfiguration configuration, string serviceName, Action<TracerProviderBuilder>? tracing = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(traces =>
            {
                traces.AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = http => !IsProbe(http.Request.Path))
                    .AddHttpClientInstrumentation(http => http.EnrichWithHttpRequestMessage = SecretUrls.Redact)
                    .AddSource(MassTransit);
                tracing?.Invoke(traces);
            })
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(MassTransit, ConferencingMeter.Name)
                .AddPrometheusExporter());
        services.TryAddSingleton<ProviderCalls>();
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            telemetry.WithLogging().UseOtlpExporter();

        // Every log line written inside a request or a consumer carries its trace and span id.
        services.Configure<LoggerFactoryOptions>(logging => logging.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        services.Configure<SimpleConsoleFormatterOptions>(console => console.IncludeScopes = true);
        return services;
    }

    /// <summary>
    /// <c>/metrics</c> in Prometheus' text format. Like <c>/health/*</c> it needs no key: it belongs on the internal network,
    /// where the scraper is, not on the internet.
    /// </summary>
    public static IEndpointRouteBuilder MapConferencingMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint("/metrics");
        return endpoints;
    }

    // Probes and scrapes come every few seconds: as traces they would drown the clicks.
    private static bool IsProbe(PathString path) => path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics");
}
