using Conferencing.RoomEvents.Tests.Hosting;

namespace Conferencing.RoomEvents.Tests.Lifecycle;

/// <summary>room-events on a fake clock, with the expiry's settings spelled out for the tests to move time by.</summary>
public sealed class ExpiryHost : FakeClockHost
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);
    public static readonly TimeSpan CheckEvery = TimeSpan.FromMinutes(1);

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("RoomEvents:ConferenceLifetime", Lifetime.ToString()),
        new("RoomEvents:ExpiryCheckEvery", CheckEvery.ToString()),
    ];
}
