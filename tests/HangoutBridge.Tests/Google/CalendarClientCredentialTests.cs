using Conferencing.Contracts;

namespace Conferencing.HangoutBridge.Tests.Google;

/// <summary>The service account key, the token exchange at the key's <c>token_uri</c>, and impersonation.</summary>
public sealed class CalendarClientCredentialTests(GoogleServer google) : IClassFixture<GoogleServer>
{
    [Fact]
    public async Task CreateMeetAsync_AnyStart_ExchangesAJwtThatImpersonatesTheCalendarOwner()
    {
        await using var harness = CalendarHarness.Create(google);
        var conferenceId = Guid.NewGuid();
        google.Token(GoogleAnswers.Token());
        google.Insert(GoogleAnswers.Event(conferenceId, "success"));

        await harness.CreateMeetAsync(conferenceId, "bob@acme.example");

        var claims = TokenAssertion.ClaimsOf(Assert.Single(google.TokenRequests));
        Assert.Equal("bob@acme.example", claims.GetProperty("sub").GetString());
        Assert.Equal("conference-bot@test-project.iam.gserviceaccount.com", claims.GetProperty("iss").GetString());
        Assert.Equal("https://www.googleapis.com/auth/calendar.events", claims.GetProperty("scope").GetString());
        // Sent to the key's token_uri (the stub), yet addressed to Google: Google.Apis fixes the JWT audience.
        Assert.Equal("https://oauth2.googleapis.com/token", claims.GetProperty("aud").GetString());
    }

    [Fact]
    public async Task CreateMeetAsync_SameOwnerTwice_ReusesTheAccessToken()
    {
        await using var harness = CalendarHarness.Create(google);
        google.Token(GoogleAnswers.Token());
        google.Insert(GoogleAnswers.Event(Guid.NewGuid(), "success"));

        await harness.CreateMeetAsync(Guid.NewGuid());
        await harness.CreateMeetAsync(Guid.NewGuid());
        await harness.CreateMeetAsync(Guid.NewGuid(), "carol@acme.example");

        Assert.Equal(["alice@acme.example", "carol@acme.example"], google.TokenRequests.Select(r => TokenAssertion.ClaimsOf(r).GetProperty("sub").GetString()));
        Assert.Equal(3, google.Inserts.Count);
    }

    [Fact]
    public async Task CreateMeetAsync_TokenEndpointUnavailableOnce_RetriesTheExchangeAndSucceeds()
    {
        await using var harness = CalendarHarness.Create(google);
        google.Token(GoogleAnswers.TokenError(503, "temporarily_unavailable"), GoogleAnswers.Token());
        google.Insert(GoogleAnswers.Event(Guid.NewGuid(), "success"));

        var creation = await harness.CreateMeetAsync(Guid.NewGuid());

        Assert.True(creation.Succeeded, creation.Failure?.Message);
        Assert.Equal(2, google.TokenRequests.Count);
        Assert.Single(google.Inserts);
    }

    [Fact]
    public async Task CreateMeetAsync_TokenEndpointDown_FailsAsProviderUnavailableAfterConfiguredAttempts()
    {
        await using var harness = CalendarHarness.Create(google);
        google.Token(GoogleAnswers.TokenError(503, "temporarily_unavailable"));

        var creation = await harness.CreateMeetAsync(Guid.NewGuid());

        Assert.Equal(FailureReasons.ProviderUnavailable, creation.Failure?.ReasonCode);
        Assert.True(creation.Failure?.RetryMayHelp);
        // The token pipeline's three tries and no more: Google.Apis.Auth's own retries are off, and the Calendar pipeline
        // (which the exchange sits outside of) does not repeat them.
        Assert.Equal(3, google.TokenRequests.Count);
        Assert.Empty(google.Inserts);
    }

    [Fact]
    public async Task CreateMeetAsync_CalendarAnswers401_FailsAsForbiddenWithoutSendingAgain()
    {
        await using var harness = CalendarHarness.Create(google);
        google.Token(GoogleAnswers.Token());
        google.Insert(GoogleAnswers.Error(401, "authError", "Invalid Credentials"));

        var creation = await harness.CreateMeetAsync(Guid.NewGuid());

        Assert.Equal(FailureReasons.Forbidden, creation.Failure?.ReasonCode);
        Assert.Single(google.Inserts);
    }

    [Fact]
    public async Task CreateMeetAsync_AfterA401_NextStartSignsWithANewToken()
    {
        await using var harness = CalendarHarness.Create(google);
        var conferenceId = Guid.NewGuid();
        google.Token(GoogleAnswers.Token("ya29.revoked"), GoogleAnswers.Token("ya29.fresh"));
        google.Insert(GoogleAnswers.Error(401, "authError", "Invalid Credentials"), GoogleAnswers.Event(conferenceId, "success"));
        await harness.CreateMeetAsync(Guid.NewGuid());

        var creation = await harness.CreateMeetAsync(conferenceId);

        Assert.True(creation.Succeeded, creation.Failure?.Message);
        Assert.Equal(["Bearer ya29.revoked", "Bearer ya29.fresh"], google.Inserts.Select(r => Assert.Single(r.Request.Headers!["Authorization"])));
    }

    [Fact]
    public async Task CreateMeetAsync_401AndTheNewTokenRefused_FailsAsForbiddenNamingTheRefusal()
    {
        await using var harness = CalendarHarness.Create(google);
        google.Token(GoogleAnswers.Token(), GoogleAnswers.TokenError(400, "invalid_grant", "Not a valid email or user ID."));
        google.Insert(GoogleAnswers.Error(401, "authError", "Invalid Credentials"));

        var creation = await harness.CreateMeetAsync(Guid.NewGuid());

        Assert.Equal(FailureReasons.Forbidden, creation.Failure?.ReasonCode);
        Assert.Contains("invalid_grant", creation.Failure?.Message, StringComparison.Ordinal);
        Assert.Single(google.Inserts);
    }

    [Fact]
    public async Task CreateMeetAsync_DelegationRefused_FailsAsForbiddenWithoutCallingCalendar()
    {
        await using var harness = CalendarHarness.Create(google);
        google.Token(GoogleAnswers.TokenError(401, "unauthorized_client",
            "Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested."));

        var creation = await harness.CreateMeetAsync(Guid.NewGuid());

        Assert.Equal(FailureReasons.Forbidden, creation.Failure?.ReasonCode);
        Assert.False(creation.Failure?.RetryMayHelp);
        Assert.Contains("unauthorized_client", creation.Failure?.Message, StringComparison.Ordinal);
        Assert.Contains("domain-wide delegation", creation.Failure?.Message, StringComparison.Ordinal);
        Assert.Single(google.TokenRequests);
        Assert.Empty(google.Inserts);
    }

    [Fact]
    public async Task CreateMeetAsync_KeyFileMissing_FailsAsNotConfigured()
    {
        await using var harness = CalendarHarness.Create(google, new Dictionary<string, string?>
        {
            ["Google:ServiceAccountKeyPath"] = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json"),
        });

        var creation = await harness.CreateMeetAsync(Guid.NewGuid());

        Assert.Equal(FailureReasons.NotConfigured, creation.Failure?.ReasonCode);
        Assert.Contains("Google:ServiceAccountKeyPath", creation.Failure?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateMeetAsync_KeyFileIsNotAServiceAccountKey_FailsAsNotConfiguredWithoutQuotingIt()
    {
        await using var harness = CalendarHarness.Create(google);
        await File.WriteAllTextAsync(harness.KeyPath, """{"type":"authorized_user","client_id":"x","client_secret":"s3cret","refresh_token":"r"}""");

        var creation = await harness.CreateMeetAsync(Guid.NewGuid());

        Assert.Equal(FailureReasons.NotConfigured, creation.Failure?.ReasonCode);
        Assert.DoesNotContain("s3cret", creation.Failure?.Message, StringComparison.Ordinal);
    }
}
