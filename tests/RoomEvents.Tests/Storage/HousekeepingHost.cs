using Conferencing.RoomEvents.Delivery;
using Conferencing.RoomEvents.Tests.Hosting;

namespace Conferencing.RoomEvents.Tests.Storage;

/// <summary>room-events on a fake clock whose housekeeping runs every minute of it, with the default retention periods.</summary>
public sealed class HousekeepingHost : FakeClockHost
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan KeyLifetime = new RoomEventsOptions().IdempotencyKeyLifetime;
    public static readonly TimeSpan KeepFinishedFor = new DeliveryOptions().KeepFinishedFor;

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("RoomEvents:HousekeepingEvery", Every.ToString())];
}
