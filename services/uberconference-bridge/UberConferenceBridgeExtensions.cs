using Conferencing.Hosting;
using Conferencing.UberConferenceBridge.Consumers;
using Conferencing.UberConferenceBridge.Dialpad;

namespace Conferencing.UberConferenceBridge;

/// <summary>Everything uberconference-bridge needs, in one call.</summary>
public static class UberConferenceBridgeExtensions
{
    public static IServiceCollection AddUberConferenceBridge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDialpadMeetingRooms(configuration);
        services.AddConferencingBus(configuration, bus =>
            bus.AddConsumer<StartUberConferenceConsumer>().Endpoint(endpoint => endpoint.Name = StartUberConferenceConsumer.QueueName));
        return services;
    }
}
