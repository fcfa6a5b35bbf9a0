using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Conferencing.Testing;

/// <summary>
/// The three services as separate processes on a fresh RabbitMQ virtual host, with WireMock as Google and Dialpad:
/// the shape an operator runs, so that a fault test can kill any part of it and the benchmark can load it.
/// </summary>
public sealed class ProcessSuite : IAsyncDisposable
{
    public const string ApiKey = "faults-api-key";
    public const string TeamId = "acme";
    public const string Starter = "alice";
    public const string StarterEmail = "alice@example.com";

    private readonly SuiteGround _ground;

    private ProcessSuite(
        SuiteGround ground, TimeSpan redriveAfter, IReadOnlyDictionary<string, string?> bridgeSettings, IReadOnlyDictionary<string, string?> roomEventsSettings)
    {
        _ground = ground;
        HangoutBridge = ground.Host(new ServiceProcess("hangout-bridge", RepositoryLayout.ServiceDll("hangout-bridge", "Conferencing.HangoutBridge"),
            ground.HangoutBridgeSettings().With(bridgeSettings)));
        UberConferenceBridge = ground.Host(new ServiceProcess("uberconference-bridge", RepositoryLayout.ServiceDll("uberconference-bridge", "Conferencing.UberConferenceBridge"),
            ground.UberConferenceBridgeSettings().With(bridgeSettings)));
        RoomEvents = ground.Host(new ServiceProcess("room-events", RepositoryLayout.ServiceDll("room-events", "Conferencing.RoomEvents"),
            ground.RoomEventsSettings(ApiKey).With(new Dictionary<string, string?>
            {
                ["RoomEvents:RedriveAfter"] = redriveAfter.ToString(),
                ["RoomEvents:RedriveEvery"] = "00:00:01",
            }).With(roomEventsSettings)));
    }

    public RabbitMqVirtualHost Broker => _ground.Broker;

    public WireMockTenant Google => _ground.Google;

    public WireMockTenant Dialpad => _ground.Dialpad;

    public ServiceProcess HangoutBridge { get; }

    public ServiceProcess UberConferenceBridge { get; }

    public ServiceProcess RoomEvents { get; }

    public IEnumerable<ServiceProcess> Services => [HangoutBridge, UberConferenceBridge, RoomEvents];

    /// <summary>
    /// Starts the stubs and the three processes, and registers a team with <paramref name="rooms"/> rooms. Starts a
    /// crash left unanswered are sent again after <paramref name="redriveAfter"/> (default 5 s: seconds, not minutes).
    /// <paramref name="bridgeSettings"/> go to both bridges (retry budgets, timeouts, the circuit breaker, quotas),
    /// <paramref name="roomEventsSettings"/> to room-events; <paramref name="googleDelay"/> slows every Calendar answer;
    /// <paramref name="broker"/> is the machine's RabbitMQ unless a test brings a cluster.
    /// </summary>
    public static async Task<ProcessSuite> StartAsync(
        int rooms, TimeSpan? redriveAfter = null, IReadOnlyDictionary<string, string?>? bridgeSettings = null,
        IReadOnlyDictionary<string, string?>? roomEventsSettings = null, TimeSpan? googleDelay = null, RabbitMqBroker? broker = null)
    {
        var ground = await SuiteGround.CreateAsync(broker);
        await GoogleStub.CalendarWithoutMemoryAsync(ground.Google, googleDelay);
        await ground.Dialpad.StubAsync(DialpadRooms.Page(ground.Dialpad, null, null, DialpadRooms.Room(StarterEmail)));
        var suite = new ProcessSuite(ground, redriveAfter ?? TimeSpan.FromSeconds(5),
            bridgeSettings ?? new Dictionary<string, string?>(), roomEventsSettings ?? new Dictionary<string, string?>());
        await Task.WhenAll(suite.Services.Select(service => service.StartAsync()));
        await suite.RegisterRoomsAsync(rooms);
        return suite;
    }

    public IReadOnlyList<string> RoomIds { get; private set; } = [];

    /// <summary>A client of room-events acting for the starter; it survives room-events restarts (same URL).</summary>
    public HttpClient RoomEventsClient()
    {
        var client = new HttpClient { BaseAddress = RoomEvents.Url, Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        client.DefaultRequestHeaders.Add("X-User-Id", Starter);
        return client;
    }

    public ValueTask DisposeAsync() => _ground.DisposeAsync();

    private async Task RegisterRoomsAsync(int rooms)
    {
        using var client = RoomEventsClient();
        (await client.PutAsJsonAsync($"/api/teams/{TeamId}", new
        {
            name = "Acme",
            locale = "en",
            admins = new[] { Starter },
            providers = new Dictionary<string, object>
            {
                ["google-hangout"] = new { enabled = true },
                ["uberconference"] = new { enabled = true, pin = "123456" },
            },
        })).EnsureSuccessStatusCode();
        var ids = new List<string>();
        for (var i = 0; i < rooms; i++)
        {
            var roomId = $"room-{i}";
            (await client.PutAsJsonAsync($"/api/rooms/{roomId}", new
            {
                teamId = TeamId,
                name = $"Room {i}",
                members = new[]
                {
                    new { userId = Starter, name = "Alice", email = StarterEmail },
                    new { userId = "bob", name = "Bob", email = "bob@example.com" },
                },
            })).EnsureSuccessStatusCode();
            ids.Add(roomId);
        }
        RoomIds = ids;
    }

}
