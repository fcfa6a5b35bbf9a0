using Conferencing.HangoutBridge.Consumers;
using Conferencing.HangoutBridge.Google;
using Conferencing.Hosting;

namespace Conferencing.HangoutBridge;

/// <summary>Everything hangout-bridge needs, in one call.</summary>
public static class HangoutBridgeExtensions
{
    public static IServiceCollection AddHangoutBridge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGoogleCalendar(configuration);
        services.AddConferencingBus(configuration, bus => bus.AddConsumer<StartGoogleHangoutConsumer>());
        return services;
    }
}
