using System.Net;
using System.Net.Http.Headers;
using Conferencing.RoomEvents.Storage;
using Conferencing.Testing;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Conferencing.RoomEvents.Tests.Hosting;

/// <summary>
/// room-events for one test class, as it runs in production but for its bus: a SQLite file of its own, API-key
/// authentication, and the bus a subclass gives it (<see cref="HarnessHost"/>: MassTransit's in-memory test harness;
/// <see cref="BrokerHost"/>: the real RabbitMQ). Ready once <c>/health/ready</c> says so, i.e. the bus's endpoints are up.
/// With <c>CONFERENCING_TEST_POSTGRES</c> set to a server's connection string, each class gets a PostgreSQL database instead.
/// </summary>
public abstract class RoomEventsHost : IAsyncLifetime
{
    public const string ApiKey = "test-api-key-6f1c2b9e";
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"room-events-test-{Guid.NewGuid():N}.db");
    private readonly string? _postgres = Environment.GetEnvironmentVariable("CONFERENCING_TEST_POSTGRES") is { Length: > 0 } server
        ? $"{server};Database=room_events_test_{Guid.NewGuid():N}"
        : null;

    private Dictionary<string, string?> _configuration = [];

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;
    public ConsumedMessages Consumed { get; } = new();

    /// <summary>Settings a test class changes (short re-drive intervals, say).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    /// <summary>Services a test class replaces (a fake clock, say), after the service and the bus registered theirs.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Readies the bus room-events will join and returns the settings that point it there.</summary>
    protected abstract Task<IReadOnlyDictionary<string, string?>> PrepareBusAsync();

    /// <summary>Changes the bus room-events registered (none: it joins RabbitMQ), before <see cref="ConfigureServices"/> runs.</summary>
    protected virtual void ConfigureBus(IServiceCollection services)
    {
    }

    /// <summary>Removes what <see cref="PrepareBusAsync"/> made, once room-events has stopped.</summary>
    protected abstract ValueTask DisposeBusAsync();

    public async Task InitializeAsync()
    {
        var configuration = new Dictionary<string, string?>(await PrepareBusAsync())
        {
            ["ConnectionStrings:RoomEvents"] = _postgres ?? $"Data Source={_databasePath}",
            ["RoomEvents:ApiKeys:0"] = ApiKey,
        };
        foreach (var (key, value) in Settings)
            configuration[key] = value;
        _configuration = configuration;
        await StartAsync();
    }

    /// <summary>
    /// Stops room-events (gracefully, as on SIGTERM) and starts a new one with the same settings on the same database and
    /// bus, as a restart of the process would.
    /// </summary>
    public async Task RestartAsync()
    {
        await Factory.DisposeAsync();
        await StartAsync();
    }

    /// <summary>A room-events instance with this host's settings, database and bus, ready. The caller disposes it.</summary>
    protected async Task<WebApplicationFactory<Program>> StartFactoryAsync()
    {
        var configuration = _configuration;
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(configuration))
            .ConfigureTestServices(services =>
            {
                ConfigureBus(services);
                ConfigureServices(services);
            }));
        using var probe = factory.CreateClient();
        await Eventually.TrueAsync(
            async () => (await probe.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK,
            "room-events never became ready");
        return factory;
    }

    private async Task StartAsync()
    {
        Factory = await StartFactoryAsync();
        Factory.Services.GetRequiredService<IBus>().ConnectConsumeObserver(Consumed);
    }

    /// <summary>A client of the chat backend, with the API key and, when given, the acting user.</summary>
    public HttpClient Client(string? userId = null, string? apiKey = ApiKey)
    {
        var client = Factory.CreateClient();
        if (apiKey is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        if (userId is not null)
            client.DefaultRequestHeaders.Add("X-User-Id", userId);
        return client;
    }

    /// <summary>Publishes on room-events' bus, as a bridge publishes its answers.</summary>
    public Task PublishAsync<T>(T message) where T : class =>
        Factory.Services.GetRequiredService<IBus>().Publish(message);

    /// <summary>Reads the database directly, for what the API does not show (how many rows a request left).</summary>
    public async Task<TResult> QueryAsync<TResult>(Func<RoomEventsDb, Task<TResult>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<RoomEventsDb>());
    }

    public Task<int> CountConferencesAsync(string roomId) => QueryAsync(db => db.Conferences.CountAsync(c => c.RoomId == roomId));

    /// <summary>Also after a start that failed (a test of a refused start disposes a host that never ran).</summary>
    public async Task DisposeAsync()
    {
        if (Factory is not null)
        {
            if (_postgres is not null)
                await QueryAsync(db => db.Database.EnsureDeletedAsync());
            await Factory.DisposeAsync();
        }
        await DisposeBusAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_databasePath + suffix);
    }
}
