using System.Text.Json;
using Conferencing.HangoutBridge.Google;
using Conferencing.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Conferencing.HangoutBridge.Tests.Google;

/// <summary>
/// A <see cref="CalendarClient"/> wired as in production by <c>AddGoogleCalendar</c>, whose Calendar base URI and key
/// <c>token_uri</c> point into a fresh WireMock tenant, with delays shrunk so that a test takes milliseconds.
/// </summary>
internal sealed class CalendarHarness : IAsyncDisposable
{
    public const string Owner = "alice@acme.example";

    private readonly ServiceProvider _services;

    private CalendarHarness(WireMockTenant tenant, string keyPath, ServiceProvider services)
    {
        Tenant = tenant;
        KeyPath = keyPath;
        _services = services;
    }

    public WireMockTenant Tenant { get; }

    public string KeyPath { get; }

    public ICalendarConferences Client => _services.GetRequiredService<ICalendarConferences>();

    /// <summary>Three tries per call, 10 ms back-off, four polls from 20 ms; <paramref name="settings"/> overrides any key.</summary>
    public static CalendarHarness Create(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var tenant = new WireMockTenant();
        var keyPath = TestServiceAccountKey.WriteFile(new Uri(tenant.BaseUri, "token"));
        var values = new Dictionary<string, string?>
        {
            ["Google:CalendarBaseUri"] = new Uri(tenant.BaseUri, "calendar/v3/").ToString(),
            ["Google:ServiceAccountKeyPath"] = keyPath,
            ["Google:MaxAttempts"] = "3",
            ["Google:RetryBaseDelay"] = "00:00:00.010",
            ["Google:RetryMaxDelay"] = "00:00:03",
            ["Google:AttemptTimeout"] = "00:00:05",
            ["Google:PendingPollDelay"] = "00:00:00.020",
            ["Google:PendingPollAttempts"] = "4",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            values[key] = value;

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging().AddGoogleCalendar(configuration).BuildServiceProvider(validateScopes: true);
        return new CalendarHarness(tenant, keyPath, services);
    }

    public static MeetRequest Request(Guid conferenceId, string owner = Owner) =>
        new(conferenceId, owner, "Quarterly planning", new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1));

    public Task<IReadOnlyList<JsonElement>> InsertsAsync() => Tenant.RequestsAsync("POST", "/calendar/v3/calendars/primary/events");

    public Task<IReadOnlyList<JsonElement>> GetsAsync() => Tenant.RequestsAsync("GET", "/calendar/v3/calendars/primary/events/.*");

    public Task<IReadOnlyList<JsonElement>> TokenRequestsAsync() => Tenant.RequestsAsync("POST", "/token");

    /// <summary>When WireMock received each request, oldest first.</summary>
    public static IReadOnlyList<DateTimeOffset> ReceivedAt(IEnumerable<JsonElement> requests) =>
        [.. requests.Select(r => DateTimeOffset.FromUnixTimeMilliseconds(r.GetProperty("loggedDate").GetInt64())).Order()];

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Tenant.DisposeAsync();
        File.Delete(KeyPath);
    }
}
