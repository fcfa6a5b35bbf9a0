namespace Conferencing.Testing;

/// <summary>
/// What a suite of the three services stands on: a RabbitMQ virtual host of its own, WireMock tenants as Google (its
/// token endpoint stubbed; the suite stubs Calendar as its tests need) and as Dialpad, a service-account key file that
/// trusts that token endpoint, and a path for room-events' SQLite file. Each suite gets a fresh one, so nothing of one
/// test's queues, stubs or rows reaches another. The services <see cref="Host"/>ed on it are stopped before it goes.
/// </summary>
public sealed class SuiteGround : IAsyncDisposable
{
    private readonly string _keyFile;
    private readonly Stack<IAsyncDisposable> _services = new();

    private SuiteGround(RabbitMqVirtualHost broker, WireMockTenant google, string keyFile)
    {
        Broker = broker;
        Google = google;
        _keyFile = keyFile;
    }

    public RabbitMqVirtualHost Broker { get; }

    public WireMockTenant Google { get; }

    public WireMockTenant Dialpad { get; } = new();

    public string Database { get; } = Path.Combine(Path.GetTempPath(), $"room-events-suite-{Guid.NewGuid():N}.db");

    /// <param name="broker">The broker to make the virtual host on; by default the machine's RabbitMQ.</param>
    public static async Task<SuiteGround> CreateAsync(RabbitMqBroker? broker = null)
    {
        var google = new WireMockTenant();
        await GoogleStub.TokenEndpointAsync(google);
        return new SuiteGround(await RabbitMqVirtualHost.CreateAsync(broker), google, TestServiceAccountKey.WriteFile(new Uri(google.BaseUri, "token")));
    }

    public Dictionary<string, string?> HangoutBridgeSettings() => SuiteSettings.HangoutBridge(Broker, Google, _keyFile);

    public Dictionary<string, string?> UberConferenceBridgeSettings() => SuiteSettings.UberConferenceBridge(Broker, Dialpad);

    public Dictionary<string, string?> RoomEventsSettings(string apiKey) => SuiteSettings.RoomEvents(Broker, Database, apiKey);

    /// <summary>A service standing on this ground (in the test process or as a process); stopped with it, newest first.</summary>
    public T Host<T>(T service) where T : IAsyncDisposable
    {
        _services.Push(service);
        return service;
    }

    /// <summary>Stops the hosted services, then removes the stubs, the virtual host and the files.</summary>
    public async ValueTask DisposeAsync()
    {
        while (_services.TryPop(out var service))
            await service.DisposeAsync();
        await Google.DisposeAsync();
        await Dialpad.DisposeAsync();
        await Broker.DisposeAsync();
        foreach (var file in new[] { _keyFile, Database, Database + "-wal", Database + "-shm" })
            File.Delete(file);
    }
}
