using System.Data.Common;
using Conferencing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Storage;

/// <summary>Registers the database: SQLite by default, PostgreSQL when <c>ConnectionStrings:RoomEvents</c> names a host.</summary>
public static class StorageExtensions
{
    public const string ConnectionStringName = "RoomEvents";
    public const string DefaultConnectionString = "Data Source=room-events.db";

    public static IServiceCollection AddRoomEventsStorage(this IServiceCollection services)
    {
        // Both contexts are registered; the connection string picks one. It is read when the first context is made, not
        // now, so that configuration added after this call still counts; and once, not for every request's context.
        services.AddSingleton(provider => DatabaseConnection.From(provider.GetRequiredService<IConfiguration>()));
        services.AddDbContext<SqliteRoomEventsDb>((provider, options) =>
            options.UseSqlite(provider.GetRequiredService<DatabaseConnection>().ConnectionString).AddInterceptors(new SqliteBusyTimeout()),
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddDbContext<PostgreSqlRoomEventsDb>((provider, options) =>
            options.UseNpgsql(WithBoundedPool(provider.GetRequiredService<DatabaseConnection>().ConnectionString)),
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddScoped<RoomEventsDb>(provider => provider.GetRequiredService<DatabaseConnection>().Provider == DatabaseProvider.PostgreSql
            ? provider.GetRequiredService<PostgreSqlRoomEventsDb>()
            : provider.GetRequiredService<SqliteRoomEventsDb>());
        services.AddHostedService<DatabaseMigration>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.ReadyTag]);
        return services;
    }

    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } configured ? configured : DefaultConnectionString;

    /// <summary>
    /// Npgsql's pool allows 100 connections by default, as many as a stock PostgreSQL server accepts in all: one busy
    /// room-events would take every slot and then fail requests with "remaining connection slots are reserved" (the
    /// benchmark did). Unless the operator chose a size, each instance uses at most <see cref="DefaultPoolSize"/>
    /// connections and busy requests wait their turn for one.
    /// </summary>
    public static string WithBoundedPool(string connectionString)
    {
        var parts = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (parts.Keys.Cast<string>().Any(key => key.Replace(" ", "", StringComparison.Ordinal).EndsWith("poolsize", StringComparison.OrdinalIgnoreCase)))
            return connectionString;
        parts["Maximum Pool Size"] = DefaultPoolSize;
        return parts.ConnectionString;
    }

    public const int DefaultPoolSize = 20;

    /// <summary>A connection string with a <c>Host</c> key is PostgreSQL's (Npgsql's) form; SQLite's has <c>Data Source</c>.</summary>
    public static DatabaseProvider ProviderFor(string connectionString)
    {
        var parts = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return parts.ContainsKey("Host") || parts.ContainsKey("Server") ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
    }
}
