using System.Text.Json.Nodes;
using Conferencing.Contracts;
using Conferencing.Testing;

namespace Conferencing.UberConferenceBridge.Tests.Dialpad;

/// <summary>What Polly does with Dialpad's transient and final failures; the harness allows three tries per call.</summary>
public sealed class MeetingRoomDirectoryResilienceTests
{
    private static readonly JsonObject DialpadError = new() { ["error"] = new JsonObject { ["code"] = 401, ["message"] = "Invalid API key." } };

    [Fact]
    public async Task FindAsync_TooManyRequestsWithRetryAfter_WaitsAsToldThenFinds()
    {
        await using var harness = DialpadHarness.Create();
        var tenant = harness.Tenant;
        await tenant.StubAsync(DialpadRooms.Answer(tenant, 429, headers: new JsonObject { ["Retry-After"] = "1" }).InScenario(tenant, "Started", "Recovered"));
        await tenant.StubAsync(DialpadRooms.Page(tenant, null, null, DialpadRooms.Room("alice@acme.example")).InScenario(tenant, "Recovered"));

        var lookup = await harness.FindAsync("alice@acme.example");

        Assert.True(lookup.Found, lookup.Failure?.Message);
        var sentAt = DialpadHarness.ReceivedAt(await harness.ListingsAsync());
        Assert.Equal(2, sentAt.Count);
        // The back-off alone would be about 10 ms; only Retry-After explains a wait of a second.
        Assert.True(sentAt[1] - sentAt[0] >= TimeSpan.FromMilliseconds(990), $"The retry came {(sentAt[1] - sentAt[0]).TotalMilliseconds} ms after the 429.");
    }

    [Fact]
    public async Task FindAsync_ServiceUnavailableThenSuccess_RetriesAndFinds()
    {
        await using var harness = DialpadHarness.Create();
        var tenant = harness.Tenant;
        await tenant.StubAsync(DialpadRooms.Answer(tenant, 503, body: "upstream down").InScenario(tenant, "Started", "Recovered"));
        await tenant.StubAsync(DialpadRooms.Page(tenant, null, null, DialpadRooms.Room("alice@acme.example")).InScenario(tenant, "Recovered"));

        var lookup = await harness.FindAsync("alice@acme.example");

        Assert.True(lookup.Found, lookup.Failure?.Message);
        Assert.Equal(2, (await harness.ListingsAsync()).Count);
    }

    [Fact]
    public async Task FindAsync_ServiceUnavailableEveryTime_ProviderUnavailableAfterConfiguredAttempts()
    {
        await using var harness = DialpadHarness.Create();
        await harness.Tenant.StubAsync(DialpadRooms.Answer(harness.Tenant, 503));

        var lookup = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.ProviderUnavailable, lookup.Failure?.ReasonCode);
        Assert.True(lookup.Failure?.RetryMayHelp);
        Assert.Equal(3, (await harness.ListingsAsync()).Count);
    }

    [Fact]
    public async Task FindAsync_SlowerThanAttemptTimeout_RetriesThenProviderUnavailable()
    {
        await using var harness = DialpadHarness.Create(new Dictionary<string, string?>
        {
            ["UberConference:MaxAttempts"] = "2",
            ["UberConference:AttemptTimeout"] = "00:00:00.200",
        });
        var slow = DialpadRooms.Page(harness.Tenant, null, null, DialpadRooms.Room("alice@acme.example"));
        slow["response"]!["fixedDelayMilliseconds"] = 2000;
        await harness.Tenant.StubAsync(slow);

        var lookup = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.ProviderUnavailable, lookup.Failure?.ReasonCode);
        Assert.Contains("did not answer in time", lookup.Failure?.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await harness.ListingsAsync()).Count);
    }

    [Fact]
    public async Task FindAsync_DialpadUnreachable_ProviderUnavailable()
    {
        // Port 9 (discard) is closed on loopback here: every try is refused at once.
        await using var harness = DialpadHarness.Create(new Dictionary<string, string?> { ["UberConference:BaseUri"] = "http://127.0.0.1:9/" });

        var lookup = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.ProviderUnavailable, lookup.Failure?.ReasonCode);
        Assert.True(lookup.Failure?.RetryMayHelp);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task FindAsync_KeyRefused_ForbiddenTellingAnAdminWhatToCheckWithoutRetry(int status)
    {
        await using var harness = DialpadHarness.Create();
        await harness.Tenant.StubAsync(DialpadRooms.Answer(harness.Tenant, status, jsonBody: DialpadError.DeepClone()));

        var lookup = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.Forbidden, lookup.Failure?.ReasonCode);
        Assert.False(lookup.Failure?.RetryMayHelp);
        Assert.Contains("UberConference:ApiKey", lookup.Failure?.Message, StringComparison.Ordinal);
        Assert.Contains("conference:read", lookup.Failure?.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(DialpadRooms.ApiKey, lookup.Failure?.Message, StringComparison.Ordinal);
        Assert.Single(await harness.ListingsAsync());
    }

    [Fact]
    public async Task FindAsync_NotFound_NotConfiguredNamingTheBaseUri()
    {
        await using var harness = DialpadHarness.Create();
        await harness.Tenant.StubAsync(DialpadRooms.Answer(harness.Tenant, 404));

        var lookup = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.NotConfigured, lookup.Failure?.ReasonCode);
        Assert.Contains("UberConference:BaseUri", lookup.Failure?.Message, StringComparison.Ordinal);
        Assert.Single(await harness.ListingsAsync());
    }

    [Fact]
    public async Task FindAsync_BodyIsNotJson_ProviderFailedWithoutRetry()
    {
        await using var harness = DialpadHarness.Create();
        await harness.Tenant.StubAsync(DialpadRooms.Answer(harness.Tenant, 200, body: "<html><body>Maintenance</body></html>",
            headers: new JsonObject { ["Content-Type"] = "text/html" }));

        var lookup = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.ProviderFailed, lookup.Failure?.ReasonCode);
        Assert.Contains("not a JSON room listing (Content-Type: text/html)", lookup.Failure?.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Maintenance", lookup.Failure?.Message, StringComparison.Ordinal);
        Assert.Single(await harness.ListingsAsync());
    }

    [Fact]
    public async Task FindAsync_CircuitOpenedByFailures_NextStartFailsWithoutCallingDialpad()
    {
        await using var harness = DialpadHarness.Create(new Dictionary<string, string?>
        {
            ["UberConference:BreakerMinimumThroughput"] = "2",
            ["UberConference:BreakerFailureRatio"] = "0.5",
            ["UberConference:BreakerBreakDuration"] = "00:01:00",
        });
        await harness.Tenant.StubAsync(DialpadRooms.Answer(harness.Tenant, 500));
        var first = await harness.FindAsync("alice@acme.example");
        var listingsBefore = (await harness.ListingsAsync()).Count;

        var second = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.ProviderUnavailable, first.Failure?.ReasonCode);
        Assert.Equal(FailureReasons.ProviderUnavailable, second.Failure?.ReasonCode);
        Assert.Contains("paused", second.Failure?.Message, StringComparison.Ordinal);
        Assert.Equal(listingsBefore, (await harness.ListingsAsync()).Count);
    }
}
