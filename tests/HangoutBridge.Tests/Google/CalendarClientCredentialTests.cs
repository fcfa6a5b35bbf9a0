using System.Text.Json.Nodes;
using Conferencing.Contracts;
using Conferencing.HangoutBridge.Google;
using Conferencing.Testing;
using Xunit;

namespace Conferencing.HangoutBridge.Tests.Google;

/// <summary>The service account key, the token exchange at the key's <c>token_uri</c>, and impersonation.</summary>
public sealed class CalendarClientCredentialTests
{
    [Fact]
    public async Task CreateMeetAsync_AnyStart_ExchangesAJwtThatImpersonatesTheCalendarOwner()
    {
        await using var harness = CalendarHarness.Create();
        var conferenceId = Guid.NewGuid();
        await harness.Tenant.StubAsync(GoogleStubs.Token(harness.Tenant));
        await harness.Tenant.StubAsync(GoogleStubs.Insert(harness.Tenant, 200, GoogleStubs.Event(conferenceId, "success")));

        await harness.Client.CreateMeetAsync(CalendarHarness.Request(conferenceId, "bob@acme.example"), CancellationToken.None);

        var tokenRequest = Assert.Single(await harness.TokenRequestsAsync());
        var claims = GoogleTokenRequest.AssertionClaims(tokenRequest);
        Assert.Equal("bob@acme.example", claims.GetProperty("sub").GetString());
        Assert.Equal("conference-bot@test-project.iam.gserviceaccount.com", claims.GetProperty("iss").GetString());
        Assert.Equal("https://www.googleapis.com/auth/calendar.events", claims.GetProperty("scope").GetString());
        // Sent to the key's token_uri (the tenant), yet addressed to Google: Google.Apis fixes the JWT audience.
        Assert.Equal("https://oauth2.googleapis.com/token", claims.GetProperty("aud").GetString());
    }

    [Fact]
    public async Task CreateMeetAsync_SameOwnerTwice_ReusesTheAccessToken()
    {
        await using var harness = CalendarHarness.Create();
        await harness.Tenant.StubAsync(GoogleStubs.Token(harness.Tenant));
        await harness.Tenant.StubAsync(GoogleStubs.Insert(harness.Tenant, 200, GoogleStubs.Event(Guid.NewGuid(), "success")));

        await harness.Client.CreateMeetAsync(CalendarHarness.Request(Guid.NewGuid()), CancellationToken.None);
        await harness.Client.CreateMeetAsync(CalendarHarness.Request(Guid.NewGuid()), CancellationToken.None);
        await harness.Client.CreateMeetAsync(CalendarHarness.Request(Guid.NewGuid(), "carol@acme.example"), CancellationToken.None);

        Assert.Equal(2, (await harness.TokenRequestsAsync()).Count);
        Assert.Equal(3, (await harness.InsertsAsync()).Count);
    }

    [Fact]
    public async Task CreateMeetAsync_TokenEndpointUnavailableOnce_RetriesTheExchangeAndSucceeds()
    {
        await using var harness = CalendarHarness.Create();
        var tenant = harness.Tenant;
        await tenant.StubAsync(GoogleStubs.Token(tenant, 503, new JsonObject { ["error"] = "temporarily_unavailable" }).InScenario(tenant, "Started", "Up"));
        await tenant.StubAsync(GoogleStubs.Token(tenant).InScenario(tenant, "Up"));
        await tenant.StubAsync(GoogleStubs.Insert(tenant, 200, GoogleStubs.Event(Guid.NewGuid(), "success")));

        var creation = await harness.Client.CreateMeetAsync(CalendarHarness.Request(Guid.NewGuid()), CancellationToken.None);

        Assert.True(creation.Succeeded, creation.Failure?.Message);
        Assert.Equal(2, (await harness.TokenRequestsAsync()).Count);
    }

    [Fact]
    public async Task CreateMeetAsync_TokenEndpointDown_FailsAsProviderUnavailableAfterConfiguredAttempts()
    {
        await using var harness = CalendarHarness.Create();
        await harness.Tenant.StubAsync(GoogleStubs.Token(harness.Tenant, 503, new JsonObject { ["error"] = "temporarily_unavailable" }));

        var creation = await harness.Client.CreateMeetAsync(CalendarHarness.Request(Guid.NewGuid()), CancellationToken.None);

        Assert.Equal(FailureReasons.ProviderUnavailable, creation.Failure?.ReasonCode);
        Assert.True(creation.Failure?.RetryMayHelp);
        // Polly's three tries and no more: Google.Apis.Auth's own token retries are off.
        Assert.Equal(3, (await harness.TokenRequestsAsync()).Count);
        Assert.Empty(await harness.InsertsAsync());
    }

    [Fact]
    public async Task CreateMeetAsync_CalendarAnswers401_FailsAsForbiddenWithoutSendingAgain()
    {
        await using var harness = CalendarHarness.Create();
        await harness.Tenant.StubAsync(GoogleStubs.Token(harness.Tenant));
        await harness.Tenant.StubAsync(GoogleStubs.Insert(harness.Tenant, 401, GoogleStubs.Error(401, "authError", "Invalid Credentials")));

        var creation = await harness.Client.CreateMeetAsync(CalendarHarness.Request(Guid.NewGuid()), CancellationToken.None);

        Assert.Equal(FailureReasons.Forbidden, creation.Failure?.ReasonCode);
        Assert.Single(await harness.InsertsAsync());
    }

    [Fact]
    public async Task CreateMeetAsync_DelegationRefused_FailsAsForbiddenWithoutCallingCalendar()
    {
        await using var harness = CalendarHarness.Create();
        await harness.Tenant.StubAsync(GoogleStubs.Token(harness.Tenant, 401, new JsonObject
        {
            ["error"] = "unauthorized_client",
            ["error_description"] = "Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.",
        }));

        var creation = await harness.Client.CreateMeetAsync(CalendarHarness.Request(Guid.NewGuid()), CancellationToken.None);

        Assert.Equal(FailureReasons.Forbidden, creation.Failure?.ReasonCode);
        Assert.False(creation.Failure?.RetryMayHelp);
        Assert.Contains("domain-wide delegation", creation.Failure?.Message, StringComparison.Ordinal);
        Assert.Single(await harness.TokenRequestsAsync());
        Assert.Empty(await harness.InsertsAsync());
    }

    [Fact]
    public async Task CreateMeetAsync_KeyFileMissing_FailsAsNotConfigured()
    {
        await using var harness = CalendarHarness.Create(new Dictionary<string, string?>
        {
            ["Google:ServiceAccountKeyPath"] = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json"),
        });

        var creation = await harness.Client.CreateMeetAsync(CalendarHarness.Request(Guid.NewGuid()), CancellationToken.None);

        Assert.Equal(FailureReasons.NotConfigured, creation.Failure?.ReasonCode);
        Assert.Contains("Google:ServiceAccountKeyPath", creation.Failure?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateMeetAsync_KeyFileIsNotAServiceAccountKey_FailsAsNotConfiguredWithoutQuotingIt()
    {
        await using var harness = CalendarHarness.Create();
        await File.WriteAllTextAsync(harness.KeyPath, """{"type":"authorized_user","client_id":"x","client_secret":"s3cret","refresh_token":"r"}""");

        var creation = await harness.Client.CreateMeetAsync(CalendarHarness.Request(Guid.NewGuid()), CancellationToken.None);

        Assert.Equal(FailureReasons.NotConfigured, creation.Failure?.ReasonCode);
        Assert.DoesNotContain("s3cret", creation.Failure?.Message, StringComparison.Ordinal);
    }
}
