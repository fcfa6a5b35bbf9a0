using Conferencing.Contracts;
using Conferencing.Testing;
using Refit;
using WireMock.ResponseBuilders;

namespace Conferencing.UberConferenceBridge.Tests.Dialpad;

/// <summary>
/// What the resilience pipeline does with Dialpad's transient and final failures; the harness allows three tries per call,
/// on fake time with pinned jitter, so no back-off is waited for on the real clock.
/// </summary>
public sealed class MeetingRoomDirectoryResilienceTests : IClassFixture<DialpadServer>
{
    private const string DialpadError = """{"error": {"code": 401, "message": "Invalid API key."}}""";

    private readonly DialpadServer _dialpad;

    public MeetingRoomDirectoryResilienceTests(DialpadServer dialpad)
    {
        _dialpad = dialpad;
        _dialpad.Clear();
    }

    /// <summary>Dialpad answers <paramref name="first"/> once, then the listing with Alice's room.</summary>
    private void FirstThenAlicesRoom(IResponseBuilder first)
    {
        _dialpad.AnyListing().InScenario("recovery").WillSetStateTo("recovered").RespondWith(first);
        _dialpad.PageRequest(null).InScenario("recovery").WhenStateIs("recovered")
            .RespondWith(DialpadServer.PageAnswer(null, DialpadRooms.Room("alice@acme.example")));
    }

    [Fact]
    public async Task FindAsync_TooManyRequestsWithRetryAfter_WaitsAsToldThenFinds()
    {
        await using var harness = DialpadHarness.Create(_dialpad);
        FirstThenAlicesRoom(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "2"));

        var lookup = await harness.RunAsync(harness.FindAsync("alice@acme.example"));

        Assert.True(lookup.Found, lookup.Failure?.Message);
        var sentAt = harness.Wire.SentAt;
        Assert.Equal(2, sentAt.Count);
        // The back-off alone would be about 10 ms; only Retry-After explains two seconds of (fake) waiting.
        Assert.InRange(sentAt[1] - sentAt[0], TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2.5));
    }

    [Fact]
    public async Task FindAsync_ServiceUnavailableThenSuccess_RetriesAndFinds()
    {
        await using var harness = DialpadHarness.Create(_dialpad);
        FirstThenAlicesRoom(Response.Create().WithStatusCode(503).WithBody("upstream down"));

        var lookup = await harness.RunAsync(harness.FindAsync("alice@acme.example"));

        Assert.True(lookup.Found, lookup.Failure?.Message);
        Assert.Equal(2, _dialpad.Listings.Count);
    }

    [Fact]
    public async Task FindAsync_ServiceUnavailableEveryTime_ProviderUnavailableAfterConfiguredAttempts()
    {
        await using var harness = DialpadHarness.Create(_dialpad);
        _dialpad.Answer(503);

        var lookup = await harness.RunAsync(harness.FindAsync("alice@acme.example"));

        Assert.Equal(FailureReasons.ProviderUnavailable, lookup.Failure?.ReasonCode);
        Assert.True(lookup.Failure?.RetryMayHelp);
        Assert.Contains("(503)", lookup.Failure?.Message, StringComparison.Ordinal);
        Assert.Equal(3, _dialpad.Listings.Count);
    }

    [Fact]
    public async Task FindAsync_SlowerThanAttemptTimeout_RetriesThenProviderUnavailable()
    {
        await using var harness = DialpadHarness.Create(_dialpad, new Dictionary<string, string?>
        {
            ["UberConference:MaxAttempts"] = "2",
            ["UberConference:AttemptTimeout"] = "00:00:01",
        });
        // Real seconds on the stub, fake time in the bridge: only the attempt timeout can end these tries.
        _dialpad.AnyListing().RespondWith(DialpadServer.PageAnswer(null, DialpadRooms.Room("alice@acme.example")).WithDelay(TimeSpan.FromSeconds(3)));

        var lookup = await harness.RunAsync(harness.FindAsync("alice@acme.example"), evenWhileOnTheWire: true);

        Assert.Equal(FailureReasons.ProviderUnavailable, lookup.Failure?.ReasonCode);
        Assert.Contains("did not answer in time", lookup.Failure?.Message, StringComparison.Ordinal);
        // WireMock logs a request once it has answered it; these are still waiting, so count what went out.
        Assert.Equal(2, harness.Wire.SentAt.Count);
    }

    [Fact]
    public async Task FindAsync_DialpadUnreachable_ProviderUnavailable()
    {
        // Port 9 (discard) is closed on loopback here: every try is refused at once.
        await using var harness = DialpadHarness.Create(_dialpad, new Dictionary<string, string?> { ["UberConference:BaseUri"] = "http://127.0.0.1:9/" });

        var lookup = await harness.RunAsync(harness.FindAsync("alice@acme.example"));

        Assert.Equal(FailureReasons.ProviderUnavailable, lookup.Failure?.ReasonCode);
        Assert.Contains("could not be reached", lookup.Failure?.Message, StringComparison.Ordinal);
        Assert.True(lookup.Failure?.RetryMayHelp);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task FindAsync_KeyRefused_ForbiddenTellingAnAdminWhatToCheckWithoutRetry(int status)
    {
        await using var harness = DialpadHarness.Create(_dialpad);
        _dialpad.AnyListing().RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(DialpadError));

        var lookup = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.Forbidden, lookup.Failure?.ReasonCode);
        Assert.False(lookup.Failure?.RetryMayHelp);
        Assert.Contains("UberConference:ApiKey", lookup.Failure?.Message, StringComparison.Ordinal);
        Assert.Contains("conference:read", lookup.Failure?.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(DialpadRooms.ApiKey, lookup.Failure?.Message, StringComparison.Ordinal);
        Assert.Single(_dialpad.Listings);
    }

    [Fact]
    public async Task ListAsync_KeyRefused_TheExceptionCarriesNeitherTheKeyNorTheBody()
    {
        await using var harness = DialpadHarness.Create(_dialpad);
        _dialpad.AnyListing().RespondWith(Response.Create().WithStatusCode(401).WithHeader("Content-Type", "application/json").WithBody(DialpadError));

        var refused = await Assert.ThrowsAsync<ApiException>(() => harness.CompanyRooms.ListAsync(CancellationToken.None));

        // The lookup logs this exception: it must not hand a log sink the key or Dialpad's body.
        Assert.Null(refused.RequestMessage.Headers.Authorization);
        Assert.Null(refused.Content);
        Assert.DoesNotContain(DialpadRooms.ApiKey, refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindAsync_NotFound_NotConfiguredNamingTheBaseUri()
    {
        await using var harness = DialpadHarness.Create(_dialpad);
        _dialpad.Answer(404);

        var lookup = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.NotConfigured, lookup.Failure?.ReasonCode);
        Assert.Contains("UberConference:BaseUri", lookup.Failure?.Message, StringComparison.Ordinal);
        Assert.Single(_dialpad.Listings);
    }

    [Fact]
    public async Task FindAsync_BodyIsNotJson_ProviderFailedNamingTheBaseUriWithoutRetry()
    {
        await using var harness = DialpadHarness.Create(_dialpad);
        _dialpad.AnyListing().RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html")
            .WithBody("<html><body>Maintenance</body></html>"));

        var lookup = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.ProviderFailed, lookup.Failure?.ReasonCode);
        Assert.False(lookup.Failure?.RetryMayHelp);
        Assert.Contains("not a JSON room listing (Content-Type: text/html)", lookup.Failure?.Message, StringComparison.Ordinal);
        Assert.Contains("UberConference:BaseUri", lookup.Failure?.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Maintenance", lookup.Failure?.Message, StringComparison.Ordinal);
        Assert.Single(_dialpad.Listings);
    }

    [Fact]
    public async Task FindAsync_CircuitOpenedByFailures_NextStartFailsWithoutCallingDialpad()
    {
        await using var harness = DialpadHarness.Create(_dialpad, new Dictionary<string, string?>
        {
            ["UberConference:BreakerMinimumThroughput"] = "2",
            ["UberConference:BreakerFailureRatio"] = "0.5",
            ["UberConference:BreakerBreakDuration"] = "00:01:00",
        });
        _dialpad.Answer(500);
        var first = await harness.RunAsync(harness.FindAsync("alice@acme.example"));
        var listingsBefore = _dialpad.Listings.Count;

        var second = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.ProviderUnavailable, first.Failure?.ReasonCode);
        Assert.Equal(FailureReasons.ProviderUnavailable, second.Failure?.ReasonCode);
        Assert.Contains("paused", second.Failure?.Message, StringComparison.Ordinal);
        Assert.Equal(listingsBefore, _dialpad.Listings.Count);
    }
}
