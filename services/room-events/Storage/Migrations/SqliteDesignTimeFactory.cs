using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Conferencing.RoomEvents.Storage.Migrations;

/// <summary>
/// How <c>dotnet ef</c> makes the SQLite context, without starting the service (which would want a broker):
/// <c>dotnet ef migrations add Name --context SqliteRoomEventsDb --output-dir Storage/Migrations/Sqlite</c>.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRoomEventsDb>
{
    public SqliteRoomEventsDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRoomEventsDb>().UseSqlite(StorageExtensions.DefaultConnectionString).Options);
}
