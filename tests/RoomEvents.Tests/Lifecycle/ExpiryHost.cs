using Conferencing.Testing;
using Conferencing.RoomEvents.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Conferencing.RoomEvents.Tests.Lifecycle;

/// <summary>room-events on a <see cref="FakeTimeProvider"/>: the expiry (and every other timer of the service) runs when the test moves time.</summary>
public sealed class ExpiryHost : RoomEventsHost
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);
    public static readonly TimeSpan CheckEvery = TimeSpan.FromMinutes(1);

    /// <summary>Starts now, on a whole second, so that times survive the database's microseconds unchanged.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("RoomEvents:ConferenceLifetime", Lifetime.ToString()),
        new("RoomEvents:ExpiryCheckEvery", CheckEvery.ToString()),
    ];

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(Clock);
    }
}
