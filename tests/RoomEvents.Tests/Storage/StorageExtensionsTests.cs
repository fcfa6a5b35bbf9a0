using Conferencing.RoomEvents.Storage;

namespace Conferencing.RoomEvents.Tests.Storage;

public sealed class StorageExtensionsTests
{
    [Theory]
    [InlineData("Data Source=room-events.db", DatabaseProvider.Sqlite)]
    [InlineData("Data Source=/var/lib/room-events/db.sqlite;Cache=Shared", DatabaseProvider.Sqlite)]
    [InlineData("Host=db;Port=5432;Database=room_events;Username=room;Password=secret", DatabaseProvider.PostgreSql)]
    [InlineData("Server=db;Database=room_events;User Id=room", DatabaseProvider.PostgreSql)]
    public void ProviderFor_ConnectionString_PicksTheDatabase(string connectionString, DatabaseProvider expected) =>
        Assert.Equal(expected, StorageExtensions.ProviderFor(connectionString));
}
