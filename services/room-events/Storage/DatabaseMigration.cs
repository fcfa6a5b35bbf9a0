using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace Conferencing.RoomEvents.Storage;

/// <summary>
/// Brings the database up to this version's schema when the service starts, before the bus and the background rounds
/// (registered first), so they never meet a missing table. The first migration adopts a database made by the release
/// before migrations (<see cref="PreMigrationDatabase"/>). Several instances may start at once: on PostgreSQL one
/// session-wide advisory lock lets one upgrade while the others wait (EF Core's own lock is let go between migrations,
/// which the two-instance test caught running the second migration twice). An operator who migrates separately (a
/// bundle, a script) switches this off with <c>RoomEvents:MigrateOnStart=false</c>; then a database that is behind is
/// refused.
/// </summary>
public sealed class DatabaseMigration(IServiceScopeFactory scopes, IOptions<RoomEventsOptions> options, ILogger<DatabaseMigration> logger) : IHostedService
{
    // Any number of our own, the same in every instance.
    private const long UpgradeLock = 0x726f6f6d_65766e74;

    // PostgreSQL's duplicate_database: another instance created it first.
    private const string DuplicateDatabase = "42P04";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoomEventsDb>();
        if (options.Value.MigrateOnStart)
            await UpgradeAsync(db, cancellationToken);
        else if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList() is { Count: > 0 } pending)
        {
            throw new InvalidOperationException(
                $"The database of ConnectionStrings:RoomEvents lacks {pending.Count} migration(s) of this version ({string.Join(", ", pending)}), " +
                "and RoomEvents:MigrateOnStart is false: run this version's migration bundle (or script) first, or let room-events migrate.");
        }
        if (db.Database.IsSqlite())
        {
            // Requests and consumers write at the same time; with a write-ahead log, readers do not wait for writers.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        logger.DatabaseReady(db.Database.ProviderName, (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task UpgradeAsync(RoomEventsDb db, CancellationToken cancellationToken)
    {
        var postgreSql = db.Database.IsNpgsql();
        if (postgreSql)
        {
            await CreateIfMissingAsync(db.GetService<IRelationalDatabaseCreator>(), cancellationToken);
            // Held by this connection until unlocked, across every statement below.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({UpgradeLock})", cancellationToken);
        }
        try
        {
            await PreMigrationDatabase.AdoptAsync(db, logger, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            if (postgreSql)
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({UpgradeLock})", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private static async Task CreateIfMissingAsync(IRelationalDatabaseCreator database, CancellationToken cancellationToken)
    {
        if (await database.ExistsAsync(cancellationToken))
            return;
        try
        {
            await database.CreateAsync(cancellationToken);
        }
        catch (Npgsql.PostgresException exception) when (exception.SqlState == DuplicateDatabase)
        {
            // Created by an instance that started at the same moment: just as good.
        }
    }
}
