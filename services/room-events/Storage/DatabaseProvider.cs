namespace Conferencing.RoomEvents.Storage;

/// <summary>Which database a connection string is for: SQLite by default, PostgreSQL when it names a host.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
