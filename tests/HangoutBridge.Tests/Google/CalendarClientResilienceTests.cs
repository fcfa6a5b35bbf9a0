using Conferencing.Contracts;
using Conferencing.HangoutBridge.Google;

namespace Conferencing.HangoutBridge.Tests.Google;

/// <summary>What the Calendar pipeline does with Google's transient and final failures; the harness allows three tries per call.</summary>
public sealed class CalendarClientResilienceTests(GoogleServer google) : IClassFixture<GoogleServer>
{
    [Fact]
    public async Task CreateMeetAsync_TooManyRequestsWithRetryAfter_WaitsAsToldThenSucceeds()
    {
        await using var harness = CalendarHarness.Create(google);
        var conferenceId = Guid.NewGuid();
        google.Token(GoogleAnswers.Token());
        google.Insert(GoogleAnswers.Error(429, "rateLimitExceeded", "Rate Limit Exceeded", "usageLimits", retryAfter: 20), GoogleAnswers.Event(conferenceId, "success"));

        var creation = await harness.CreateMeetAsync(conferenceId);

        Assert.True(creation.Succeeded, creation.Failure?.Message);
        var inserts = google.Inserts;
        Assert.Equal(2, inserts.Count);
        // The back-off alone would be about a second; only Retry-After explains twenty.
        Assert.InRange(inserts[1].At - inserts[0].At, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(20) + CalendarHarness.Step * 3);
    }

    [Fact]
    public async Task CreateMeetAsync_RateLimitedWith403_RetriesThenSucceeds()
    {
        await using var harness = CalendarHarness.Create(google);
        var conferenceId = Guid.NewGuid();
        google.Token(GoogleAnswers.Token());
        google.Insert(GoogleAnswers.Error(403, "userRateLimitExceeded", "User Rate Limit Exceeded", "usageLimits"), GoogleAnswers.Event(conferenceId, "success"));

        var creation = await harness.CreateMeetAsync(conferenceId);

        Assert.True(creation.Succeeded, creation.Failure?.Message);
        Assert.Equal(2, google.Inserts.Count);
    }

    [Fact]
    public async Task CreateMeetAsync_ServiceUnavailableThenSuccess_SendsTheSameInsertAgain()
    {
        await using var harness = CalendarHarness.Create(google);
        var conferenceId = Guid.NewGuid();
        google.Token(GoogleAnswers.Token());
        google.Insert(GoogleAnswers.Error(503, "backendError", "Backend Error"), GoogleAnswers.Event(conferenceId, "success"));

        var creation = await harness.CreateMeetAsync(conferenceId);

        Assert.True(creation.Succeeded, creation.Failure?.Message);
        var inserts = google.Inserts;
        Assert.Equal(2, inserts.Count);
        Assert.Equal(inserts[0].Request.Body, inserts[1].Request.Body);
        Assert.Equal(inserts[0].Request.Headers!["Authorization"], inserts[1].Request.Headers!["Authorization"]);
    }

    [Fact]
    public async Task CreateMeetAsync_ServiceUnavailableEveryTime_FailsAsProviderUnavailableAfterConfiguredAttempts()
    {
        await using var harness = CalendarHarness.Create(google);
        google.Token(GoogleAnswers.Token());
        google.Insert(GoogleAnswers.Error(503, "backendError", "Backend Error"));

        var creation = await harness.CreateMeetAsync(Guid.NewGuid());

        Assert.Equal(FailureReasons.ProviderUnavailable, creation.Failure?.ReasonCode);
        Assert.True(creation.Failure?.RetryMayHelp);
        Assert.Contains("(503)", creation.Failure?.Message, StringComparison.Ordinal);
        // Exactly the configured tries: no other layer retries a 503.
        Assert.Equal(3, google.Inserts.Count);
    }

    [Fact]
    public async Task CreateMeetAsync_CalendarUnreachable_FailsAsProviderUnavailable()
    {
        // Port 9 (discard) is closed on loopback here: every try is refused at once.
        await using var harness = CalendarHarness.Create(google, new Dictionary<string, string?> { ["Google:CalendarBaseUri"] = "http://127.0.0.1:9/calendar/v3/" });
        google.Token(GoogleAnswers.Token());

        var creation = await harness.CreateMeetAsync(Guid.NewGuid());

        Assert.Equal(FailureReasons.ProviderUnavailable, creation.Failure?.ReasonCode);
        Assert.True(creation.Failure?.RetryMayHelp);
        Assert.Contains("could not be reached", creation.Failure?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateMeetAsync_BadRequest_FailsAsInvalidRequestWithoutRetry()
    {
        await using var harness = CalendarHarness.Create(google);
        google.Token(GoogleAnswers.Token());
        google.Insert(GoogleAnswers.Error(400, "invalid", "Invalid conference type value."));

        var creation = await harness.CreateMeetAsync(Guid.NewGuid());

        Assert.Equal(FailureReasons.InvalidRequest, creation.Failure?.ReasonCode);
        Assert.False(creation.Failure?.RetryMayHelp);
        Assert.Contains("Invalid conference type value.", creation.Failure?.Message, StringComparison.Ordinal);
        Assert.Contains("domain-wide delegation", creation.Failure?.Message, StringComparison.Ordinal);
        Assert.Single(google.Inserts);
    }

    [Fact]
    public async Task CreateMeetAsync_ForbiddenWithoutRateLimit_FailsAsForbiddenWithoutRetry()
    {
        await using var harness = CalendarHarness.Create(google);
        google.Token(GoogleAnswers.Token());
        google.Insert(GoogleAnswers.Error(403, "requiredAccessLevel", "You need to have writer access to this calendar."));

        var creation = await harness.CreateMeetAsync(Guid.NewGuid());

        Assert.Equal(FailureReasons.Forbidden, creation.Failure?.ReasonCode);
        Assert.Contains("requiredAccessLevel", creation.Failure?.Message, StringComparison.Ordinal);
        Assert.Contains("domain-wide delegation", creation.Failure?.Message, StringComparison.Ordinal);
        Assert.Single(google.Inserts);
    }

    [Fact]
    public async Task CreateMeetAsync_ForbiddenWithBodyThatIsNotJson_FailsAsForbiddenWithoutRetry()
    {
        await using var harness = CalendarHarness.Create(google);
        google.Token(GoogleAnswers.Token());
        google.Insert(new GoogleAnswer(403, "<html><body>403. That's an error.</body></html>"));

        var creation = await harness.CreateMeetAsync(Guid.NewGuid());

        Assert.Equal(FailureReasons.Forbidden, creation.Failure?.ReasonCode);
        Assert.Single(google.Inserts);
    }

    [Fact]
    public async Task CreateMeetAsync_AttemptOutlastsTimeout_RetriesThenFailsAsProviderUnavailable()
    {
        await using var harness = CalendarHarness.Create(google, new Dictionary<string, string?>
        {
            ["Google:MaxAttempts"] = "2",
            ["Google:AttemptTimeout"] = "00:00:00.500",
        });
        google.Token(GoogleAnswers.Token());
        // The first start fetches the token on a clock that waits for answers; then Google holds its answers back in real
        // time while the clock runs on, so each try outlasts its 500 ms long before the answer comes.
        var slow = GoogleAnswers.Event(Guid.NewGuid(), "success") with { Delay = TimeSpan.FromSeconds(2) };
        google.Insert(GoogleAnswers.Event(Guid.NewGuid(), "success"), slow);
        Assert.True((await harness.CreateMeetAsync(Guid.NewGuid())).Succeeded);

        var creation = await harness.RunAsync(
            harness.Client.CreateMeetAsync(CalendarHarness.Request(Guid.NewGuid()), CancellationToken.None), evenWhileRequestsAreOut: true);

        Assert.Equal(FailureReasons.ProviderUnavailable, creation.Failure?.ReasonCode);
        Assert.True(creation.Failure?.RetryMayHelp);
        Assert.Contains("did not answer in time", creation.Failure?.Message, StringComparison.Ordinal);
        Assert.Equal(1 + 2, google.Inserts.Count);
    }

    [Fact]
    public async Task CreateMeetAsync_CircuitOpenedByFailures_NextStartFailsWithoutCallingGoogle()
    {
        await using var harness = CalendarHarness.Create(google, new Dictionary<string, string?>
        {
            ["Google:BreakerMinimumThroughput"] = "2",
            ["Google:BreakerFailureRatio"] = "0.5",
            ["Google:BreakerBreakDuration"] = "00:01:00",
        });
        google.Token(GoogleAnswers.Token());
        google.Insert(GoogleAnswers.Error(500, "backendError", "Backend Error"));
        var first = await harness.CreateMeetAsync(Guid.NewGuid());
        var insertsBefore = google.Inserts.Count;

        var second = await harness.CreateMeetAsync(Guid.NewGuid());

        Assert.Equal(FailureReasons.ProviderUnavailable, first.Failure?.ReasonCode);
        Assert.Equal(new MeetFailure(FailureReasons.ProviderUnavailable, true, second.Failure!.Message), second.Failure);
        Assert.Contains("paused", second.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(insertsBefore, google.Inserts.Count);
    }
}
