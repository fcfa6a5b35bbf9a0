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
    private InProcessService<RoomEvents.Program>? _roomEvents;
    private InProcessService<HangoutBridge.Program>? _hangoutBridge;
    private InProcessService<UberConferenceBridge.Program>? _uberConferenceBridge;

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

        _hangoutBridge = new InProcessService<HangoutBridge.Program>(SuiteSettings.HangoutBridge(Broker, Google, keyFile));
        _uberConferenceBridge = new InProcessService<UberConferenceBridge.Program>(SuiteSettings.UberConferenceBridge(Broker, Dialpad));
        _roomEvents = new InProcessService<RoomEvents.Program>(SuiteSettings.RoomEvents(Broker, _database, ApiKey));

        // Ready means the bus is connected and the consumers' queues are bound.
        await ServiceReadiness.WaitAsync(_hangoutBridge.CreateClient());
        await ServiceReadiness.WaitAsync(_uberConferenceBridge.CreateClient());
        await ServiceReadiness.WaitAsync(_roomEvents.CreateClient());
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

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

}
