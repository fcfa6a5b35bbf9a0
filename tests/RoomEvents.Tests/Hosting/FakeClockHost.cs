using Conferencing.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Conferencing.RoomEvents.Tests.Hosting;

/// <summary>room-events on a <see cref="FakeTimeProvider"/>: its timers (expiry, housekeeping, re-drive) run when the test moves time.</summary>
public abstract class FakeClockHost : HarnessHost
{
    /// <summary>Starts now, on a whole second, so that times survive the database's microseconds unchanged.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(Clock);
    }
}
