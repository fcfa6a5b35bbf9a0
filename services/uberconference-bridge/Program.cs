using Conferencing.Hosting;
using Conferencing.Hosting.Telemetry;

namespace Conferencing.UberConferenceBridge;

/// <summary>
/// uberconference-bridge: consumes StartUberConference, answers with ConferenceStarted or ConferenceStartFailed. A class in
/// a namespace rather than top-level statements, so that a test project hosting several services meets no two global Program types.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddUberConferenceBridge(builder.Configuration);
        builder.Services.AddConferencingTelemetry(builder.Configuration, "uberconference-bridge");

        var app = builder.Build();
        app.MapConferencingHealth();
        app.MapConferencingMetrics();
        app.Run();
    }
}
