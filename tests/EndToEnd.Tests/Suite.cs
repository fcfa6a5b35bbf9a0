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

    private SuiteGround? _ground;
    private InProcessService<RoomEvents.Program>? _roomEvents;

    public WireMockTenant Google => Ground.Google;

    public WireMockTenant Dialpad => Ground.Dialpad;

    public RabbitMqVirtualHost Broker => Ground.Broker;

    private SuiteGround Ground => _ground ?? throw new InvalidOperationException("The suite has not started.");

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
        _ground = await SuiteGround.CreateAsync();
        await GoogleStub.CalendarAsync(Google);
        await DialpadStub.RoomsAsync(Dialpad);

        var hangoutBridge = Ground.Host(new InProcessService<HangoutBridge.Program>(Ground.HangoutBridgeSettings()));
        var uberConferenceBridge = Ground.Host(new InProcessService<UberConferenceBridge.Program>(Ground.UberConferenceBridgeSettings()));
        _roomEvents = Ground.Host(new InProcessService<RoomEvents.Program>(Ground.RoomEventsSettings(ApiKey)));

        // Ready means the bus is connected and the consumers' queues are bound.
        await ServiceReadiness.WaitAsync(hangoutBridge.CreateClient());
        await ServiceReadiness.WaitAsync(uberConferenceBridge.CreateClient());
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
