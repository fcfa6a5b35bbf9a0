using Conferencing.RoomEvents.Conferences;
using Conferencing.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Conferencing.RoomEvents.Tests.Hosting;

/// <summary>
/// room-events on the real RabbitMQ, in a virtual host of its own, for the tests whose subject the broker is part of:
/// the bridges' quorum queues (<see cref="BridgeInboxes"/> play the bridges), several instances sharing one broker,
/// a deployment's upgrade. Everything else runs on <see cref="HarnessHost"/>.
/// </summary>
public class BrokerHost : RoomEventsHost
{
    public RabbitMqVirtualHost Broker { get; private set; } = null!;

    /// <summary>
    /// A room-events instance with this host's settings, database and virtual host, ready: a second one is a scale-out.
    /// The caller disposes it.
    /// </summary>
    public Task<WebApplicationFactory<Program>> StartInstanceAsync() => StartFactoryAsync();

    protected override async Task<IReadOnlyDictionary<string, string?>> PrepareBusAsync()
    {
        Broker = await RabbitMqVirtualHost.CreateAsync();
        // The bridges' queues, as the bridges would have declared them: the tests play the bridges (BridgeInboxes).
        await Broker.DeclareConsumerQueueAsync(StartCommands.GoogleHangoutQueue);
        await Broker.DeclareConsumerQueueAsync(StartCommands.UberConferenceQueue);
        return Broker.Configuration;
    }

    protected override async ValueTask DisposeBusAsync()
    {
        if (Broker is not null)
            await Broker.DisposeAsync();
    }
}
