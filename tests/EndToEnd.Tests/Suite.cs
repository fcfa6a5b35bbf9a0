using System.Net.Http.Headers;
using Conferencing.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Conferencing.EndToEnd.Tests;

/// <summary>
/// room-events, hangout-bridge and uberconference-bridge running together on a fresh RabbitMQ virtual host, with WireMock
/// as Google and as Dialpad.
/// Each test class gets its own suite, so nothing of one test's queues or stubs reaches another.
/// </summary>
public sealed class Suite : IAsyncLifetime, IAsyncDisposable
{
    public const string ApiKey = "e2e-api-key";

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"room-events-e2e-{Guid.NewGuid():N}.db");
    private readonly List<string> _keyFiles = [];
    private RabbitMqVirtualHost? _broker;
    private ServiceHost<RoomEvents.Program>? _roomEvents;
    private ServiceHost<HangoutBridge.Program>? _hangoutBridge;
    private ServiceHost<UberConferenceBridge.Program>? _uberConferenceBridge;

    public WireMockTenant Google { get; } = new();

    public WireMockTenant Dialpad { get; } = new();

    public RabbitMqVirtualHost Broker => _broker ?? throw new InvalidOperationException("The suite has not started.");

    /// <summary>An HTTP client for room-events that presents the API key, acting for <paramref name="userId"/>.</summary>
    public HttpClient RoomEventsFor(string userId)
    {
        var client = (_roomEvents ?? throw new InvalidOperationException("The suite has not started.")).CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        client.DefaultRequestHeaders.Add("X-User-Id", userId);
        return client;
    }

    /// <summary>Every message room-events' consumers handled, to await "the event was handled" instead of sleeping.</summary>
    public ConsumedMessages RoomEventsConsumed { get; } = new();

    /// <summary>Sends a command as room-events does, for tests that deliver a command more than once.</summary>
    public async Task SendAsync<T>(string queue, T command) where T : class
    {
        var endpoint = await _roomEvents!.Services.GetRequiredService<ISendEndpointProvider>().GetSendEndpoint(new Uri($"queue:{queue}"));
        await endpoint.Send(command);
    }

    public async Task InitializeAsync()
    {
        _broker = await RabbitMqVirtualHost.CreateAsync();
        await GoogleStub.TokenEndpointAsync(Google);
        await GoogleStub.CalendarAsync(Google);
        await DialpadStub.RoomsAsync(Dialpad);

        var keyFile = TestServiceAccountKey.WriteFile(new Uri(Google.BaseUri, "token"));
        _keyFiles.Add(keyFile);

        _hangoutBridge = new ServiceHost<HangoutBridge.Program>(Settings(new()
        {
            ["Google:CalendarBaseUri"] = new Uri(Google.BaseUri, "calendar/v3/").ToString(),
            ["Google:ServiceAccountKeyPath"] = keyFile,
            ["Google:OrganizerEmail"] = "organizer@acme.example",
        }));
        _uberConferenceBridge = new ServiceHost<UberConferenceBridge.Program>(Settings(new()
        {
            ["UberConference:BaseUri"] = Dialpad.BaseUri.ToString(),
            ["UberConference:ApiKey"] = DialpadRooms.ApiKey,
        }));
        _roomEvents = new ServiceHost<RoomEvents.Program>(Settings(new()
        {
            ["ConnectionStrings:RoomEvents"] = $"Data Source={_database}",
            ["RoomEvents:ApiKeys:0"] = ApiKey,
        }));

        // Ready means the bus is connected and the consumers' queues are bound.
        await WaitUntilReadyAsync(_hangoutBridge.CreateClient());
        await WaitUntilReadyAsync(_uberConferenceBridge.CreateClient());
        await WaitUntilReadyAsync(_roomEvents.CreateClient());
        _roomEvents.Services.GetRequiredService<IBus>().ConnectConsumeObserver(RoomEventsConsumed);
    }

    public async Task DisposeAsync()
    {
        if (_roomEvents is not null)
            await _roomEvents.DisposeAsync();
        if (_hangoutBridge is not null)
            await _hangoutBridge.DisposeAsync();
        if (_uberConferenceBridge is not null)
            await _uberConferenceBridge.DisposeAsync();
        await Google.DisposeAsync();
        await Dialpad.DisposeAsync();
        if (_broker is not null)
            await _broker.DisposeAsync();
        foreach (var file in _keyFiles.Append(_database))
            File.Delete(file);
    }

    private static async Task WaitUntilReadyAsync(HttpClient client)
    {
        using (client)
        {
            await Eventually.TrueAsync(
                async () => (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).IsSuccessStatusCode,
                "the service did not become ready");
        }
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    private Dictionary<string, string?> Settings(Dictionary<string, string?> own)
    {
        foreach (var (key, value) in Broker.Configuration)
            own[key] = value;
        return own;
    }
}
