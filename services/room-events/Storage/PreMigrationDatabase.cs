using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Conferencing.RoomEvents.Storage;

/// <summary>
/// Adopts a database made by the last release before migrations: that release created its schema with EnsureCreated and
/// wrote a fingerprint of it into <c>schema_fingerprint</c>. Its schema is exactly the first migration's
/// (<c>ReleaseBeforeMigrations</c>), so that migration is recorded as applied instead of run, and the later migrations
/// then run on it as on any database: no row is touched. A database of an older schema cannot be adopted and is refused
/// with a message that says so. Called under <see cref="DatabaseMigration"/>'s lock.
/// </summary>
public static class PreMigrationDatabase
{
    /// <summary>What that release wrote: the first 16 hex digits of SHA-256 over its create script, per database.</summary>
    public const string SqliteFingerprint = "1f3374fd58103850";

    /// <inheritdoc cref="SqliteFingerprint"/>
    public const string PostgreSqlFingerprint = "4d631c9a4289fa7f";

    /// <summary>EF Core's default, which room-events keeps.</summary>
    private const string HistoryTable = "__EFMigrationsHistory";

    /// <summary>Records the first migration as applied when <paramref name="db"/> is such a database; else does nothing.</summary>
    /// <exception cref="InvalidOperationException">The database has tables but is neither migrated nor adoptable.</exception>
    public static async Task AdoptAsync(RoomEventsDb db, ILogger logger, CancellationToken cancellationToken)
    {
        // A database that does not exist yet is the migrations' to create.
        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
            return;
        var history = db.GetService<IHistoryRepository>();
        // The caller keeps other instances out (DatabaseMigration's lock); the transaction makes the record all or nothing.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Asked ourselves: Npgsql's IHistoryRepository.ExistsAsync answers true before the table exists.
        if (await TableExistsAsync(db, HistoryTable, cancellationToken))
            return;
        if (!await TableExistsAsync(db, "schema_fingerprint", cancellationToken))
        {
            if (await TableExistsAsync(db, "teams", cancellationToken))
                throw Refused("unknown");
            return; // an empty database: the migrations make everything
        }
        var found = await db.Database.SqlQuery<string>($"SELECT fingerprint AS \"Value\" FROM schema_fingerprint").FirstOrDefaultAsync(cancellationToken);
        if (found != (db.Database.IsSqlite() ? SqliteFingerprint : PostgreSqlFingerprint))
            throw Refused(found ?? "unknown");

        var first = db.Database.GetMigrations().First();
        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(first, ProductInfo.GetVersion())), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.DatabaseAdopted(first);
    }

    private static async Task<bool> TableExistsAsync(RoomEventsDb db, string table, CancellationToken cancellationToken)
    {
        var count = db.Database.IsSqlite()
            ? db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {table}")
            : db.Database.SqlQuery<int>(
                $"SELECT COUNT(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = {table}");
        return await count.SingleAsync(cancellationToken) > 0;
    }

    private static InvalidOperationException Refused(string fingerprint) => new(
        $"The database of ConnectionStrings:RoomEvents was made by a room-events older than the last release before " +
        $"migrations (schema {fingerprint}); it cannot be upgraded in place. Back it up and point room-events at an empty " +
        "database (with scripts/run.sh: move .run/room-events.db away).");
}
