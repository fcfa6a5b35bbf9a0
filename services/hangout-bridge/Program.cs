using Conferencing.Hosting;
using Conferencing.Hosting.Telemetry;

namespace Conferencing.HangoutBridge;

/// <summary>hangout-bridge: consumes StartGoogleHangout, answers with ConferenceStarted or ConferenceStartFailed.</summary>
public sealed class Program
{
    private Program()
    {
    }

    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddHangoutBridge(builder.Configuration);
        builder.Services.AddConferencingTelemetry(builder.Configuration, "hangout-bridge");

        var app = builder.Build();
        app.MapConferencingHealth();
        app.MapConferencingMetrics();
        app.Run();
    }
}
