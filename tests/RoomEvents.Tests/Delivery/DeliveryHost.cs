using System.Globalization;
using Conferencing.RoomEvents.Tests.Hosting;

namespace Conferencing.RoomEvents.Tests.Delivery;

/// <summary>room-events whose outbox polls and backs off in tens of milliseconds, and gives up after three refusals.</summary>
public sealed class DeliveryHost : HarnessHost
{
    public const int PermanentFailureAttempts = 3;

    /// <summary>The outbox's settings, which <see cref="ScaledOutDeliveryHost"/> shares.</summary>
    internal static readonly KeyValuePair<string, string?>[] FastOutbox =
    [
        new("RoomEvents:Delivery:PollInterval", "00:00:00.050"),
        new("RoomEvents:Delivery:RetryBaseDelay", "00:00:00.040"),
        new("RoomEvents:Delivery:RetryMaxDelay", "00:00:00.200"),
        new("RoomEvents:Delivery:AttemptTimeout", "00:00:02"),
        new("RoomEvents:Delivery:LeaseDuration", "00:00:05"),
        new("RoomEvents:Delivery:PermanentFailureAttempts", PermanentFailureAttempts.ToString(CultureInfo.InvariantCulture)),
    ];

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => FastOutbox;
}
