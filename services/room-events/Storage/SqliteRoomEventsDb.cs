using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Storage;

/// <summary>room-events' database in a SQLite file, the embedded default; its migrations are in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteRoomEventsDb(DbContextOptions<SqliteRoomEventsDb> options) : RoomEventsDb(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no date type: as text, DateTimeOffset can be neither ordered nor compared in SQL, which the re-drive
        // and the timeline need. PostgreSQL's timestamptz can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
