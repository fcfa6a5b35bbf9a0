using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Storage;

/// <summary>
/// Creates the schema when the service starts. Registered before the bus, so consumers and the re-drive
/// never meet a missing table.
/// </summary>
public sealed class DatabaseSchema(IServiceScopeFactory scopes, ILogger<DatabaseSchema> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoomEventsDb>();
        var created = await db.Database.EnsureCreatedAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Requests and consumers write at the same time; with a write-ahead log, readers do not wait for writers.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        logger.DatabaseReady(db.Database.ProviderName, created);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
