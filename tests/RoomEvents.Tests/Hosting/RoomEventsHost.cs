using System.Net;
using System.Net.Http.Headers;
using Conferencing.RoomEvents.Conferences;
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
/// room-events for one test class, as it runs in production: the real RabbitMQ (a virtual host of its own), a SQLite
/// file of its own, API-key authentication. Ready once <c>/health/ready</c> says so, i.e. the bus's queues are bound.
/// With <c>CONFERENCING_TEST_POSTGRES</c> set to a server's connection string, each class gets a PostgreSQL database instead.
/// </summary>
public class RoomEventsHost : IAsyncLifetime
{
    public const string ApiKey = "test-api-key-6f1c2b9e";
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"room-events-test-{Guid.NewGuid():N}.db");
    private readonly string? _postgres = Environment.GetEnvironmentVariable("CONFERENCING_TEST_POSTGRES") is { Length: > 0 } server
        ? $"{server};Database=room_events_test_{Guid.NewGuid():N}"
        : null;

    private Dictionary<string, string?> _configuration = [];

    public RabbitMqVirtualHost Broker { get; private set; } = null!;
    public WebApplicationFactory<Program> Factory { get; private set; } = null!;
    public ConsumedMessages Consumed { get; } = new();

    /// <summary>Settings a test class changes (short re-drive intervals, say).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    /// <summary>Services a test class replaces (a fake clock, say), after the service registered its own.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task InitializeAsync()
    {
        Broker = await RabbitMqVirtualHost.CreateAsync();
        // The bridges' queues, as the bridges would have declared them: the tests play the bridges (BridgeInboxes).
        await Broker.DeclareConsumerQueueAsync(StartCommands.GoogleHangoutQueue);
        await Broker.DeclareConsumerQueueAsync(StartCommands.UberConferenceQueue);
        var configuration = new Dictionary<string, string?>(Broker.Configuration)
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
    /// virtual host, as a restart of the process would.
    /// </summary>
    public async Task RestartAsync()
    {
        await Factory.DisposeAsync();
        await StartAsync();
    }

    /// <summary>
    /// A room-events instance with this host's settings, database and virtual host, ready: a second one is a scale-out.
    /// The caller disposes it.
    /// </summary>
    public async Task<WebApplicationFactory<Program>> StartInstanceAsync()
    {
        var configuration = _configuration;
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(configuration))
            .ConfigureTestServices(ConfigureServices));
        using var probe = factory.CreateClient();
        await Eventually.TrueAsync(
            async () => (await probe.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK,
            "room-events never became ready");
        return factory;
    }

    private async Task StartAsync()
    {
        Factory = await StartInstanceAsync();
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
        if (Broker is not null)
            await Broker.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_databasePath + suffix);
    }
}
