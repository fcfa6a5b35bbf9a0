using Conferencing.Hosting;

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

        var app = builder.Build();
        app.MapConferencingHealth();
        app.Run();
    }
}
