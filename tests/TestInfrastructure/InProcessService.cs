using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using OpenTelemetry.Trace;

namespace Conferencing.Testing;

/// <summary>
/// One service of the suite hosted in the test process with the given settings, its real bus on the test's broker. Its
/// traces go to <paramref name="spans"/> too, when given (OpenTelemetry's in-memory exporter).
/// </summary>
public sealed class InProcessService<TEntryPoint>(IReadOnlyDictionary<string, string?> settings, ExportedSpanCollection? spans = null)
    : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
        if (spans is not null)
            builder.ConfigureTestServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));
    }
}
