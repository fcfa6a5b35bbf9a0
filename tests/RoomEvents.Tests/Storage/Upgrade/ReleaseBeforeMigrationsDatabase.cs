using System.Globalization;
using Conferencing.RoomEvents.Storage;
using Conferencing.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Conferencing.RoomEvents.Tests.Storage.Upgrade;

/// <summary>
/// A database exactly as the last release before migrations left it, with its rows: made from
/// <c>release-before-migrations.{sqlite,postgresql}.sql</c>, which that release's schema and data were dumped into.
/// </summary>
public sealed class ReleaseBeforeMigrationsDatabase : IAsyncDisposable
{
    /// <summary>The moment the fixture's rows were written.</summary>
    public static readonly DateTimeOffset WrittenAt = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    public static readonly Guid StartedConference = Guid.Parse("11111111-1111-4111-8111-111111111111");
    public static readonly Guid StartingConference = Guid.Parse("22222222-2222-4222-8222-222222222222");
    public static readonly Guid FailedConference = Guid.Parse("33333333-3333-4333-8333-333333333333");
    public static readonly Guid EndedConference = Guid.Parse("44444444-4444-4444-8444-444444444444");

    private readonly string? _sqliteFile;
    private readonly string? _postgresDatabase;

    private ReleaseBeforeMigrationsDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresDatabase)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _postgresDatabase = postgresDatabase;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <param name="edit">Changes the script before it runs (a test that needs a database of another schema).</param>
    public static async Task<ReleaseBeforeMigrationsDatabase> CreateAsync(DatabaseProvider provider, Func<string, string>? edit = null)
    {
        var name = provider == DatabaseProvider.Sqlite ? "sqlite" : "postgresql";
        var script = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Storage", "Upgrade", $"release-before-migrations.{name}.sql"));
        script = edit?.Invoke(script) ?? script;
        return provider == DatabaseProvider.Sqlite ? await SqliteAsync(script) : await PostgreSqlAsync(script);
    }

    /// <summary>An empty database, as an operator creates it for a first start.</summary>
    public static async Task<ReleaseBeforeMigrationsDatabase> CreateEmptyAsync(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? await SqliteAsync("") : await PostgreSqlAsync("");

    /// <summary>Runs a <c>SELECT COUNT(*)</c> on the database as it is now, behind room-events' back.</summary>
    public async Task<long> CountAsync(string sql) => Convert.ToInt64(await ScalarAsync(sql), CultureInfo.InvariantCulture);

    private async Task<object?> ScalarAsync(string sql)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            await using var sqlite = new SqliteConnection(ConnectionString);
            await sqlite.OpenAsync();
            await using var command = new SqliteCommand(sql, sqlite);
            return await command.ExecuteScalarAsync();
        }
        await using var postgres = new NpgsqlConnection(ConnectionString);
        await postgres.OpenAsync();
        await using var pgCommand = new NpgsqlCommand(sql, postgres);
        return await pgCommand.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (_sqliteFile is not null)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(_sqliteFile + suffix);
        }
        if (_postgresDatabase is not null)
            await ServerCommandAsync($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)");
    }

    private static async Task<ReleaseBeforeMigrationsDatabase> SqliteAsync(string script)
    {
        var file = Path.Combine(Path.GetTempPath(), $"room-events-release-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={file}";
        await using (var connection = new SqliteConnection(connectionString))
        {
            if (script.Length == 0)
                return new ReleaseBeforeMigrationsDatabase(DatabaseProvider.Sqlite, connectionString, file, null);
            await connection.OpenAsync();
            await using var command = new SqliteCommand(script, connection);
            await command.ExecuteNonQueryAsync();
        }
        return new ReleaseBeforeMigrationsDatabase(DatabaseProvider.Sqlite, connectionString, file, null);
    }

    private static async Task<ReleaseBeforeMigrationsDatabase> PostgreSqlAsync(string script)
    {
        var database = $"room_events_release_{Guid.NewGuid():N}";
        await ServerCommandAsync($"CREATE DATABASE {database}");
        var connectionString = $"{TestServers.PostgreSql};Database={database}";
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            if (script.Length == 0)
                return new ReleaseBeforeMigrationsDatabase(DatabaseProvider.PostgreSql, connectionString, null, database);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(script, connection);
            await command.ExecuteNonQueryAsync();
        }
        return new ReleaseBeforeMigrationsDatabase(DatabaseProvider.PostgreSql, connectionString, null, database);
    }

    private static async Task ServerCommandAsync(string sql)
    {
        await using var server = new NpgsqlConnection($"{TestServers.PostgreSql};Database=postgres");
        await server.OpenAsync();
        await using var command = new NpgsqlCommand(sql, server);
        await command.ExecuteNonQueryAsync();
    }
}
