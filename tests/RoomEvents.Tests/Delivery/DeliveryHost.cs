using Conferencing.RoomEvents.Tests.Hosting;

namespace Conferencing.RoomEvents.Tests.Delivery;

/// <summary>room-events whose outbox polls and backs off in tens of milliseconds, and gives up after three refusals.</summary>
public sealed class DeliveryHost : RoomEventsHost
{
    public const int PermanentFailureAttempts = 3;

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("RoomEvents:Delivery:PollInterval", "00:00:00.050"),
        new("RoomEvents:Delivery:RetryBaseDelay", "00:00:00.040"),
        new("RoomEvents:Delivery:RetryMaxDelay", "00:00:00.200"),
        new("RoomEvents:Delivery:AttemptTimeout", "00:00:02"),
        new("RoomEvents:Delivery:LeaseDuration", "00:00:05"),
        new("RoomEvents:Delivery:PermanentFailureAttempts", PermanentFailureAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];
}
