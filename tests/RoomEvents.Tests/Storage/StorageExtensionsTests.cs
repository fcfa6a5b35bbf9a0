using Conferencing.RoomEvents.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public void WithBoundedPool_NoPoolSizeGiven_CapsThePoolBelowTheServersConnections()
    {
        var bounded = new Npgsql.NpgsqlConnectionStringBuilder(StorageExtensions.WithBoundedPool("Host=db;Username=app;Password=secret"));

        Assert.Equal(StorageExtensions.DefaultPoolSize, bounded.MaxPoolSize);
        Assert.Equal("db", bounded.Host);
    }

    [Theory]
    [InlineData("Host=db;Maximum Pool Size=7")]
    [InlineData("Host=db;MaxPoolSize=7")]
    public void WithBoundedPool_OperatorChoseASize_KeepsIt(string connectionString) =>
        Assert.Equal(7, new Npgsql.NpgsqlConnectionStringBuilder(StorageExtensions.WithBoundedPool(connectionString)).MaxPoolSize);

    [Fact]
    public async Task SqliteConnection_Opened_LetsSqliteWaitForTheWriteLock()
    {
        var file = Path.Combine(Path.GetTempPath(), $"room-events-{Guid.NewGuid():N}.db");
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:RoomEvents"] = $"Data Source={file};Pooling=False" })
                .Build())
            .AddLogging()
            .AddRoomEventsStorage();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoomEventsDb>();

        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA busy_timeout;";
            Assert.Equal((long)SqliteBusyTimeout.Milliseconds, await command.ExecuteScalarAsync());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
            File.Delete(file);
        }
    }
}
