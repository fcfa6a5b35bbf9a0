using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Conferencing.RoomEvents.Storage;

/// <summary>
/// Lets SQLite itself wait for the write lock. SQLite has one writer at a time; without a busy timeout a second writer
/// gets <c>SQLITE_BUSY</c> at once and Microsoft.Data.Sqlite retries it after a fixed 150 ms sleep, which the benchmark
/// saw as a p99 of 155 ms at 100 starts/s. SQLite's own handler retries within a millisecond or two.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    /// <summary>How long a writer waits for the lock before the command fails; generous, since writes take milliseconds.</summary>
    public const int Milliseconds = 30_000;

    private static readonly string Pragma = $"PRAGMA busy_timeout = {Milliseconds};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    // A pragma on an open SQLite connection touches no file: running it synchronously costs microseconds.
    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }
}
