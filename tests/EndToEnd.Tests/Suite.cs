using System.Net.Http.Headers;
using Conferencing.Hosting;
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

    private SuiteGround? _ground;
    private InProcessService<RoomEvents.Program>? _roomEvents;
    private InProcessService<HangoutBridge.Program>? _hangoutBridge;
    private InProcessService<UberConferenceBridge.Program>? _uberConferenceBridge;

    public WireMockTenant Google => Ground.Google;

    public WireMockTenant Dialpad => Ground.Dialpad;

    public RabbitMqVirtualHost Broker => Ground.Broker;

    private SuiteGround Ground => _ground ?? throw new InvalidOperationException("The suite has not started.");

    /// <summary>An HTTP client of one of the services, without credentials (health, metrics).</summary>
    public HttpClient ServiceClient(string service) => service switch
    {
        "room-events" => _roomEvents!.CreateClient(),
        "hangout-bridge" => _hangoutBridge!.CreateClient(),
        "uberconference-bridge" => _uberConferenceBridge!.CreateClient(),
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "not a service of the suite"),
    };

    /// <summary>An HTTP client for room-events that presents the API key, acting for <paramref name="userId"/>.</summary>
    public HttpClient RoomEventsFor(string userId)
    {
        var client = (_roomEvents ?? throw new InvalidOperationException("The suite has not started.")).CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        client.DefaultRequestHeaders.Add("X-User-Id", userId);
        return client;
    }

    /// <summary>The spans every service traced (OpenTelemetry's in-memory exporter).</summary>
    public ExportedSpanCollection Spans { get; } = new();

    /// <summary>Every message room-events' consumers handled, to await "the event was handled" instead of sleeping.</summary>
    public ConsumedMessages RoomEventsConsumed { get; } = new();

    /// <summary>Sends a command as room-events does, for tests that deliver a command more than once.</summary>
    public Task SendAsync<T>(string queue, T command) where T : class =>
        _roomEvents!.Services.GetRequiredService<ISendEndpointProvider>().SendToQueueAsync(queue, command, CancellationToken.None);

    public async Task InitializeAsync()
    {
        _ground = await SuiteGround.CreateAsync();
        await GoogleStub.CalendarAsync(Google);
        await DialpadStub.RoomsAsync(Dialpad);

        _hangoutBridge = Ground.Host(new InProcessService<HangoutBridge.Program>(Ground.HangoutBridgeSettings(), Spans));
        _uberConferenceBridge = Ground.Host(new InProcessService<UberConferenceBridge.Program>(Ground.UberConferenceBridgeSettings(), Spans));
        _roomEvents = Ground.Host(new InProcessService<RoomEvents.Program>(Ground.RoomEventsSettings(ApiKey), Spans));

        // Ready means the bus is connected and the consumers' queues are bound.
        await ServiceReadiness.WaitAsync(_hangoutBridge.CreateClient());
        await ServiceReadiness.WaitAsync(_uberConferenceBridge.CreateClient());
        await ServiceReadiness.WaitAsync(_roomEvents.CreateClient());
        _roomEvents.Services.GetRequiredService<IBus>().ConnectConsumeObserver(RoomEventsConsumed);
    }

    public async Task DisposeAsync()
    {
        if (_ground is not null)
            await _ground.DisposeAsync();
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());
}
