using Conferencing.RoomEvents.Tests.Hosting;

namespace Conferencing.RoomEvents.Tests.Delivery;

/// <summary>
/// <see cref="DeliveryHost"/>'s outbox on the real RabbitMQ, for a second instance beside the first: a scale-out shares
/// the broker as well as the database, so that either instance may take an event, as in production.
/// </summary>
public sealed class ScaledOutDeliveryHost : BrokerHost
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => DeliveryHost.FastOutbox;
}
