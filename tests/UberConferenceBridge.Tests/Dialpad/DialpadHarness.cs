using System.Text.Json;
using Conferencing.Testing;
using Conferencing.UberConferenceBridge.Dialpad;
using Conferencing.UberConferenceBridge.Rooms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Conferencing.UberConferenceBridge.Tests.Dialpad;

/// <summary>
/// The meeting-room lookup wired as in production by <c>AddDialpadMeetingRooms</c>, with its base URI in a fresh WireMock
/// tenant and delays shrunk so that a test takes milliseconds.
/// </summary>
internal sealed class DialpadHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private DialpadHarness(WireMockTenant tenant, ServiceProvider services)
    {
        Tenant = tenant;
        _services = services;
    }

    public WireMockTenant Tenant { get; }

    public IMeetingRooms Rooms => _services.GetRequiredService<IMeetingRooms>();

    public DialpadRoomsClient Client => _services.GetRequiredService<DialpadRoomsClient>();

    /// <summary>Three tries per call, 10 ms back-off, a 5 s attempt timeout; <paramref name="settings"/> overrides any key.</summary>
    public static DialpadHarness Create(IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var tenant = new WireMockTenant();
        var values = new Dictionary<string, string?>
        {
            ["UberConference:BaseUri"] = tenant.BaseUri.ToString(),
            ["UberConference:ApiKey"] = DialpadRooms.ApiKey,
            ["UberConference:MaxAttempts"] = "3",
            ["UberConference:RetryBaseDelay"] = "00:00:00.010",
            ["UberConference:RetryMaxDelay"] = "00:00:03",
            ["UberConference:AttemptTimeout"] = "00:00:05",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            values[key] = value;

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging();
        if (clock is not null)
            services.AddSingleton(clock);
        return new DialpadHarness(tenant, services.AddDialpadMeetingRooms(configuration).BuildServiceProvider(validateScopes: true));
    }

    public Task<RoomLookup> FindAsync(string email) => Rooms.FindAsync(email, Guid.NewGuid(), CancellationToken.None);

    public Task<IReadOnlyList<JsonElement>> ListingsAsync() => Tenant.RequestsAsync("GET", "/api/v2/conference/rooms");

    /// <summary>When WireMock received each request, oldest first.</summary>
    public static IReadOnlyList<DateTimeOffset> ReceivedAt(IEnumerable<JsonElement> requests) =>
        [.. requests.Select(r => DateTimeOffset.FromUnixTimeMilliseconds(r.GetProperty("loggedDate").GetInt64())).Order()];

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Tenant.DisposeAsync();
    }
}
