using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Storage;

/// <summary>room-events' database on PostgreSQL, for several instances; its migrations are in <c>Migrations/PostgreSql</c>.</summary>
public sealed class PostgreSqlRoomEventsDb(DbContextOptions<PostgreSqlRoomEventsDb> options) : RoomEventsDb(options);
