using System.Text.Json.Nodes;
using Conferencing.Contracts;
using Conferencing.HangoutBridge.Google;
using Conferencing.Testing;
using Xunit;

namespace Conferencing.HangoutBridge.Tests.Google;

/// <summary>What Polly does with Google's transient and final failures; the harness allows three tries per call.</summary>
public sealed class CalendarClientResilienceTests
{
    [Fact]
    public async Task CreateMeetAsync_TooManyRequestsWithRetryAfter_WaitsAsToldThenSucceeds()
    {
        await using var harness = CalendarHarness.Create();
        var conferenceId = Guid.NewGuid();
        var tenant = harness.Tenant;
        await tenant.StubAsync(GoogleStubs.Token(tenant));
        await tenant.StubAsync(GoogleStubs.Insert(tenant, 429, GoogleStubs.Error(429, "rateLimitExceeded", "Rate Limit Exceeded", "usageLimits"),
            new JsonObject { ["Retry-After"] = "1" }).InScenario(tenant, "Started", "Recovered"));
        await tenant.StubAsync(GoogleStubs.Insert(tenant, 200, GoogleStubs.Event(conferenceId, "success")).InScenario(tenant, "Recovered"));

        var creation = await harness.Client.CreateMeetAsync(CalendarHarness.Request(conferenceId), CancellationToken.None);

        Assert.True(creation.Succeeded, creation.Failure?.Message);
        var sentAt = CalendarHarness.ReceivedAt(await harness.InsertsAsync());
        Assert.Equal(2, sentAt.Count);
        // The back-off alone would be about 10 ms; only Retry-After explains a wait of a second.
        Assert.True(sentAt[1] - sentAt[0] >= TimeSpan.FromMilliseconds(990), $"The retry came {(sentAt[1] - sentAt[0]).TotalMilliseconds} ms after the 429.");
    }

    [Fact]
    public async Task CreateMeetAsync_RateLimitedWith403_RetriesThenSucceeds()
    {
        await using var harness = CalendarHarness.Create();
        var conferenceId = Guid.NewGuid();
        var tenant = harness.Tenant;
        await tenant.StubAsync(GoogleStubs.Token(tenant));
        await tenant.StubAsync(GoogleStubs.Insert(tenant, 403, GoogleStubs.Error(403, "userRateLimitExceeded", "User Rate Limit Exceeded", "usageLimits"))
            .InScenario(tenant, "Started", "Recovered"));
        await tenant.StubAsync(GoogleStubs.Insert(tenant, 200, GoogleStubs.Event(conferenceId, "success")).InScenario(tenant, "Recovered"));

        var creation = await harness.Client.CreateMeetAsync(CalendarHarness.Request(conferenceId), CancellationToken.None);

        Assert.True(creation.Succeeded, creation.Failure?.Message);
        Assert.Equal(2, (await harness.InsertsAsync()).Count);
    }

    [Fact]
    public async Task CreateMeetAsync_ServiceUnavailableEveryTime_FailsAsProviderUnavailableAfterConfiguredAttempts()
    {
        await using var harness = CalendarHarness.Create();
        await harness.Tenant.StubAsync(GoogleStubs.Token(harness.Tenant));
        await harness.Tenant.StubAsync(GoogleStubs.Insert(harness.Tenant, 503, GoogleStubs.Error(503, "backendError", "Backend Error")));

        var creation = await harness.Client.CreateMeetAsync(CalendarHarness.Request(Guid.NewGuid()), CancellationToken.None);

        Assert.Equal(FailureReasons.ProviderUnavailable, creation.Failure?.ReasonCode);
        Assert.True(creation.Failure?.RetryMayHelp);
        // Exactly the configured tries: Google.Apis, which would retry a 503 by itself, does not multiply them.
        Assert.Equal(3, (await harness.InsertsAsync()).Count);
    }

    [Fact]
    public async Task CreateMeetAsync_CalendarUnreachable_FailsAsProviderUnavailable()
    {
        // Port 9 (discard) is closed on loopback here: every try is refused at once.
        await using var harness = CalendarHarness.Create(new Dictionary<string, string?> { ["Google:CalendarBaseUri"] = "http://127.0.0.1:9/calendar/v3/" });
        await harness.Tenant.StubAsync(GoogleStubs.Token(harness.Tenant));

        var creation = await harness.Client.CreateMeetAsync(CalendarHarness.Request(Guid.NewGuid()), CancellationToken.None);

        Assert.Equal(FailureReasons.ProviderUnavailable, creation.Failure?.ReasonCode);
        Assert.True(creation.Failure?.RetryMayHelp);
    }

    [Fact]
    public async Task CreateMeetAsync_BadRequest_FailsAsInvalidRequestWithoutRetry()
    {
        await using var harness = CalendarHarness.Create();
        await harness.Tenant.StubAsync(GoogleStubs.Token(harness.Tenant));
        await harness.Tenant.StubAsync(GoogleStubs.Insert(harness.Tenant, 400, GoogleStubs.Error(400, "invalid", "Invalid conference type value.")));

        var creation = await harness.Client.CreateMeetAsync(CalendarHarness.Request(Guid.NewGuid()), CancellationToken.None);

        Assert.Equal(FailureReasons.InvalidRequest, creation.Failure?.ReasonCode);
        Assert.False(creation.Failure?.RetryMayHelp);
        Assert.Contains("domain-wide delegation", creation.Failure?.Message, StringComparison.Ordinal);
        Assert.Single(await harness.InsertsAsync());
    }

    [Fact]
    public async Task CreateMeetAsync_ForbiddenWithoutRateLimit_FailsAsForbiddenWithoutRetry()
    {
        await using var harness = CalendarHarness.Create();
        await harness.Tenant.StubAsync(GoogleStubs.Token(harness.Tenant));
        await harness.Tenant.StubAsync(GoogleStubs.Insert(harness.Tenant, 403, GoogleStubs.Error(403, "requiredAccessLevel", "You need to have writer access to this calendar.")));

        var creation = await harness.Client.CreateMeetAsync(CalendarHarness.Request(Guid.NewGuid()), CancellationToken.None);

        Assert.Equal(FailureReasons.Forbidden, creation.Failure?.ReasonCode);
        Assert.Contains("domain-wide delegation", creation.Failure?.Message, StringComparison.Ordinal);
        Assert.Single(await harness.InsertsAsync());
    }

    [Fact]
    public async Task CreateMeetAsync_AttemptOutlastsTimeout_RetriesThenFailsAsProviderUnavailable()
    {
        await using var harness = CalendarHarness.Create(new Dictionary<string, string?>
        {
            ["Google:MaxAttempts"] = "2",
            ["Google:AttemptTimeout"] = "00:00:00.200",
        });
        var slow = GoogleStubs.Insert(harness.Tenant, 200, GoogleStubs.Event(Guid.NewGuid(), "success"));
        slow["response"]!["fixedDelayMilliseconds"] = 2000;
        await harness.Tenant.StubAsync(GoogleStubs.Token(harness.Tenant));
        await harness.Tenant.StubAsync(slow);

        var creation = await harness.Client.CreateMeetAsync(CalendarHarness.Request(Guid.NewGuid()), CancellationToken.None);

        Assert.Equal(FailureReasons.ProviderUnavailable, creation.Failure?.ReasonCode);
        Assert.True(creation.Failure?.RetryMayHelp);
        Assert.Equal(2, (await harness.InsertsAsync()).Count);
    }

    [Fact]
    public async Task CreateMeetAsync_CircuitOpenedByFailures_NextStartFailsWithoutCallingGoogle()
    {
        await using var harness = CalendarHarness.Create(new Dictionary<string, string?>
        {
            ["Google:BreakerMinimumThroughput"] = "2",
            ["Google:BreakerFailureRatio"] = "0.5",
            ["Google:BreakerBreakDuration"] = "00:01:00",
        });
        await harness.Tenant.StubAsync(GoogleStubs.Token(harness.Tenant));
        await harness.Tenant.StubAsync(GoogleStubs.Insert(harness.Tenant, 500, GoogleStubs.Error(500, "backendError", "Backend Error")));
        var first = await harness.Client.CreateMeetAsync(CalendarHarness.Request(Guid.NewGuid()), CancellationToken.None);
        var insertsBefore = (await harness.InsertsAsync()).Count;

        var second = await harness.Client.CreateMeetAsync(CalendarHarness.Request(Guid.NewGuid()), CancellationToken.None);

        Assert.Equal(FailureReasons.ProviderUnavailable, first.Failure?.ReasonCode);
        Assert.Equal(new MeetFailure(FailureReasons.ProviderUnavailable, true, second.Failure!.Message), second.Failure);
        Assert.Equal(insertsBefore, (await harness.InsertsAsync()).Count);
    }
}
