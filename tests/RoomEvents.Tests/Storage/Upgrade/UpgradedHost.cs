using Conferencing.RoomEvents.Tests.Hosting;
using Conferencing.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Conferencing.RoomEvents.Tests.Storage.Upgrade;

/// <summary>
/// Today's room-events started on a given database. Its clock stands just after the fixture's rows were written, so
/// that no expiry, re-drive or housekeeping round changes them while the test reads them. On the real broker: an upgrade
/// is tried as an operator runs one, the whole start-up of a deployed instance (the migration, then the bus joining
/// RabbitMQ, declaring its quorum queues beside the bridges'), with nothing swapped but the clock.
/// </summary>
public sealed class UpgradedHost(string connectionString) : BrokerHost
{
    private readonly FakeTimeProvider _clock = new(ReleaseBeforeMigrationsDatabase.WrittenAt.AddMinutes(5));

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("ConnectionStrings:RoomEvents", connectionString)];

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(_clock);
    }
}
