using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Conferencing.RoomEvents.Storage.Migrations;

/// <summary>
/// How <c>dotnet ef</c> makes the PostgreSQL context, without starting the service. Adding a migration connects to
/// nothing; a bundle or <c>database update</c> is given the real database with <c>--connection</c>.
/// </summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlRoomEventsDb>
{
    public PostgreSqlRoomEventsDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlRoomEventsDb>().UseNpgsql("Host=localhost;Database=room_events").Options);
}
