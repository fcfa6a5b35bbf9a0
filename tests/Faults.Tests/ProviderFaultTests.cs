using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conferencing.Testing;

namespace Conferencing.Faults.Tests;

/// <summary>
/// The providers misbehave in each way WireMock can: broken connections, garbage, slowness past the attempt timeout,
/// 429 storms, 503 bursts. A start succeeds when the fault heals within the retry budget and fails with a clear room
/// message when it does not; the circuit breaker opens and closes again; the services answer all the while.
/// </summary>
public sealed class ProviderFaultTests
{
    // Long enough that the circuit is surely still open when the test looks, after the retries that opened it wind down.
    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(10);

    // A small retry budget (about 1.5 s of back-off) so that "heals within" and "outlasts" it are both quick to show.
    private static readonly Dictionary<string, string?> SmallBudget = ForBothProviders(new()
    {
        ["MaxAttempts"] = "4",
        ["RetryBaseDelay"] = "00:00:00.200",
        ["RetryMaxDelay"] = "00:00:02",
        ["AttemptTimeout"] = "00:00:01",
        ["BreakerSamplingDuration"] = "00:00:10",
        ["BreakerBreakDuration"] = BreakDuration.ToString(),
    });

    // How many calls a healing fault answers before it heals: fewer than MaxAttempts, so the budget outlasts it.
    private const int FaultedCalls = 2;

    public static TheoryData<string> Faults => new()
    {
        "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE",
        "delay past the attempt timeout", "429 with Retry-After", "503",
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Fault_HealingWithinTheRetryBudget_StartsSucceed(string fault)
    {
        // No breaker here: this test is about retries alone.
        await using var suite = await ProcessSuite.StartAsync(rooms: 1, bridgeSettings: With(SmallBudget, ForBothProviders(new() { ["BreakerMinimumThroughput"] = "1000" })));
        using var client = suite.RoomEventsClient();
        // The fault answers the first two calls and then heals by itself. A WireMock scenario rather than removing the
        // stub from here: a heal timed by the test raced the retries on a slow machine and could come after the last.
        await InjectHealingAsync(suite.Google, GoogleInserts(suite.Google), fault, FaultedCalls);
        await InjectHealingAsync(suite.Dialpad, DialpadRooms.Path(suite.Dialpad), fault, FaultedCalls);

        Assert.Equal("started", await OutcomeAsync(client, await StartAsync(client, suite, "google-hangout")));
        Assert.Equal("started", await OutcomeAsync(client, await StartAsync(client, suite, "uberconference")));
        // Both met the fault and retried past it.
        Assert.True(await suite.Google.CountAsync("POST", "/calendar/v3/calendars/primary/events") > FaultedCalls, "Google was not retried");
        Assert.True(await suite.Dialpad.CountAsync("GET", "/api/v2/conference/rooms") > FaultedCalls, "Dialpad was not retried");
    }

    [Fact]
    public async Task Fault_OutlastingTheRetryBudget_FailsWithARoomMessageAndTheCircuitOpensThenCloses()
    {
        await using var suite = await ProcessSuite.StartAsync(rooms: 1, bridgeSettings: With(SmallBudget, ForBothProviders(new() { ["BreakerMinimumThroughput"] = "6" })));
        using var client = suite.RoomEventsClient();
        var outage = await InjectAsync(suite.Google, GoogleInserts(suite.Google), "503");

        // Enough failing calls to open the circuit: each start tries 4 times.
        var failed = new List<Guid>();
        for (var i = 0; i < 3; i++)
            failed.Add(await StartAsync(client, suite, "google-hangout"));
        foreach (var conference in failed)
            Assert.Equal("failed", await OutcomeAsync(client, conference));
        var failure = (await client.GetFromJsonAsync<JsonElement>($"/api/conferences/{failed[0]}")).GetProperty("failure");
        Assert.Equal("provider-unavailable", failure.GetProperty("code").GetString());
        var timeline = await client.GetFromJsonAsync<JsonElement>($"/api/rooms/{suite.RoomIds[0]}/messages");
        Assert.Contains(timeline.EnumerateArray(), message => message.GetProperty("kind").GetString() == "failure"
            && message.GetProperty("text").GetString()!.Contains("not answering", StringComparison.Ordinal));

        // Open: the next start fails at once without reaching Google, and every service still answers quickly.
        var callsBefore = (await suite.Google.RequestsAsync("POST", "/calendar/v3/calendars/[^/]+/events")).Count;
        var whileOpen = await StartAsync(client, suite, "google-hangout");
        Assert.Equal("failed", await OutcomeAsync(client, whileOpen));
        Assert.Equal(callsBefore, (await suite.Google.RequestsAsync("POST", "/calendar/v3/calendars/[^/]+/events")).Count);
        await AssertResponsiveAsync(suite);

        // Healed, and the break over: the circuit lets a trial call through, it succeeds, the circuit closes.
        await WireMockTenant.RemoveStubAsync(outage);
        await Task.Delay(BreakDuration + TimeSpan.FromSeconds(0.5));
        Assert.Equal("started", await OutcomeAsync(client, await StartAsync(client, suite, "google-hangout")));
        Assert.Equal("started", await OutcomeAsync(client, await StartAsync(client, suite, "google-hangout")));
    }

    private static async Task AssertResponsiveAsync(ProcessSuite suite)
    {
        foreach (var service in suite.Services)
        {
            using var probe = new HttpClient { BaseAddress = service.Url };
            var clock = Stopwatch.StartNew();
            using var live = await probe.GetAsync(new Uri("/health/live", UriKind.Relative));
            Assert.True(live.IsSuccessStatusCode && clock.Elapsed < TimeSpan.FromSeconds(1), $"{service.Name} answered {live.StatusCode} in {clock.Elapsed}");
        }
    }

    private static string GoogleInserts(WireMockTenant google) => google.PathPrefix + "/calendar/v3/calendars/primary/events";

    // A stub above the normal ones (priority 1 beats their default 5) until it is removed.
    private static Task<Guid> InjectAsync(WireMockTenant provider, string urlPath, string fault) => provider.StubAsync(Fault(urlPath, fault));

    // A stub above the normal ones for the next `calls` calls only: each moves the tenant's scenario one state on,
    // and once it is past the last, the normal stubs answer again. (The tenant has one scenario: one healing fault each.)
    private static async Task InjectHealingAsync(WireMockTenant provider, string urlPath, string fault, int calls)
    {
        for (var call = 0; call < calls; call++)
            await provider.StubAsync(Fault(urlPath, fault).InScenario(provider, call == 0 ? "Started" : $"Faulted {call}", call == calls - 1 ? "Healed" : $"Faulted {call + 1}"));
    }

    private static JsonObject Fault(string urlPath, string fault) => new()
    {
        ["priority"] = 1,
        ["request"] = new JsonObject { ["urlPath"] = urlPath },
        ["response"] = fault switch
        {
            "delay past the attempt timeout" => new JsonObject { ["status"] = 200, ["fixedDelayMilliseconds"] = 2500, ["body"] = "{}" },
            "429 with Retry-After" => new JsonObject { ["status"] = 429, ["headers"] = new JsonObject { ["Retry-After"] = "1" } },
            "503" => new JsonObject { ["status"] = 503 },
            _ => new JsonObject { ["fault"] = fault },
        },
    };

    private static async Task<Guid> StartAsync(HttpClient client, ProcessSuite suite, string provider)
    {
        using var response = await client.PostAsJsonAsync($"/api/rooms/{suite.RoomIds[0]}/conferences", new { provider, topic = "Faulty provider" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conferenceId").GetGuid();
    }

    // started or failed, once the start is answered.
    private static async Task<string> OutcomeAsync(HttpClient client, Guid conferenceId)
    {
        var status = "starting";
        await Eventually.TrueAsync(async () =>
        {
            status = (await client.GetFromJsonAsync<JsonElement>($"/api/conferences/{conferenceId}")).GetProperty("status").GetString()!;
            return status != "starting";
        }, $"conference {conferenceId} was not answered", TimeSpan.FromSeconds(30));
        return status;
    }

    private static Dictionary<string, string?> ForBothProviders(Dictionary<string, string?> settings) =>
        settings.SelectMany(setting => new[] { ($"Google:{setting.Key}", setting.Value), ($"UberConference:{setting.Key}", setting.Value) })
            .Append(("UberConference:RoomsCacheDuration", "00:00:00")) // every start lists the rooms, so every start meets the fault
            .Append(("UberConference:RoomsRecheckAfter", "00:00:00"))
            .ToDictionary(pair => pair.Item1, pair => pair.Item2);

    private static Dictionary<string, string?> With(Dictionary<string, string?> first, Dictionary<string, string?> second) =>
        first.Concat(second).GroupBy(pair => pair.Key).ToDictionary(group => group.Key, group => group.Last().Value);
}
