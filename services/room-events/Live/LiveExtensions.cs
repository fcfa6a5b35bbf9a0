using System.Globalization;
using System.Text;
using MassTransit;

namespace Conferencing.RoomEvents.Live;

/// <summary>Live streams of room timelines, fanned out to every room-events instance through the bus.</summary>
public static class LiveExtensions
{
    public static IServiceCollection AddLiveUpdates(this IServiceCollection services)
    {
        services.AddSingleton<RoomSubscriptions>();
        services.AddScoped<LiveUpdates>();
        return services;
    }

    /// <summary>
    /// Every instance gets every <see cref="RoomTimelineChanged"/>: its consumer listens on a queue of this instance
    /// alone (the consumer's name plus <paramref name="instanceId"/>), non-durable and exclusive to the instance's
    /// connection, so the broker deletes it when the instance goes (MassTransit's temporary endpoint),
    /// while the events that write the database stay on the shared durable queues (competing consumers). One message
    /// at a time, so a room's changes reach its streams in the order they were announced.
    /// </summary>
    public static void AddLiveUpdatesConsumer(this IBusRegistrationConfigurator bus, string instanceId) =>
        bus.AddConsumer<RoomTimelineChangedConsumer>().Endpoint(endpoint =>
        {
            endpoint.InstanceId = instanceId;
            endpoint.Temporary = true;
            endpoint.ConcurrentMessageLimit = 1;
        });

    /// <summary>A name no other running instance has: the host's name (for people reading the broker) and a random part.</summary>
    public static string NewInstanceId()
    {
        var host = new StringBuilder();
        foreach (var c in Environment.MachineName.ToLowerInvariant().Take(40))
            host.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        var random = Guid.NewGuid().ToString("N")[..10];
        return string.Create(CultureInfo.InvariantCulture, $"{host.ToString().Trim('-')}-{random}");
    }
}
