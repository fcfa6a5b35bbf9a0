using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Storage;

/// <summary>
/// Creates the schema when the service starts. Registered before the bus, so consumers and the re-drive
/// never meet a missing table. There are no migrations yet, so a database made by another version of the schema is
/// refused at start-up with a message that says so, instead of failing request by request on a missing column.
/// </summary>
public sealed class DatabaseSchema(IServiceScopeFactory scopes, ILogger<DatabaseSchema> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoomEventsDb>();
        var created = await db.Database.EnsureCreatedAsync(cancellationToken);
        await CheckFingerprintAsync(db, created, cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Requests and consumers write at the same time; with a write-ahead log, readers do not wait for writers.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        logger.DatabaseReady(db.Database.ProviderName, created);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task CheckFingerprintAsync(RoomEventsDb db, bool created, CancellationToken cancellationToken)
    {
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(db.Database.GenerateCreateScript())))[..16];
        if (created)
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE schema_fingerprint (fingerprint VARCHAR(64) NOT NULL)", cancellationToken);
            await db.Database.ExecuteSqlAsync($"INSERT INTO schema_fingerprint (fingerprint) VALUES ({expected})", cancellationToken);
            return;
        }
        string? found;
        try
        {
            found = await db.Database.SqlQuery<string>($"SELECT fingerprint AS \"Value\" FROM schema_fingerprint").FirstOrDefaultAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is Microsoft.Data.Sqlite.SqliteException or Npgsql.PostgresException)
        {
            found = null; // made before fingerprints existed
        }
        if (found != expected)
        {
            throw new InvalidOperationException(
                $"The database of ConnectionStrings:RoomEvents was created by another version of room-events (schema {found ?? "unknown"}, " +
                $"this version needs {expected}). room-events has no migrations yet: back the database up and point room-events at an " +
                "empty one (with scripts/run.sh: move .run/room-events.db away).");
        }
    }
}
