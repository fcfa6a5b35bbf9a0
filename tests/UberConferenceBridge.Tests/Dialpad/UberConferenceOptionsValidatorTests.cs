using Conferencing.UberConferenceBridge.Dialpad;

namespace Conferencing.UberConferenceBridge.Tests.Dialpad;

public sealed class UberConferenceOptionsValidatorTests
{
    private static readonly UberConferenceOptionsValidator Validator = new();

    [Fact]
    public void Validate_DefaultsWithApiKey_Succeed()
    {
        var result = Validator.Validate(null, new UberConferenceOptions { ApiKey = "dp-key-123" });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Defaults_ProductionDialpadMinuteCacheAndTheCompanyLimit()
    {
        var options = new UberConferenceOptions();

        Assert.Equal("https://dialpad.com/", options.BaseUri);
        Assert.Equal(TimeSpan.FromSeconds(60), options.RoomsCacheDuration);
        Assert.Equal(20, options.RequestsPerSecond);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_NoApiKey_FailsNamingTheKeyAndItsScope(string? apiKey)
    {
        var result = Validator.Validate(null, new UberConferenceOptions { ApiKey = apiKey });

        Assert.True(result.Failed);
        Assert.Contains("UberConference:ApiKey is required", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("conference:read", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_KeyWithLineBreak_FailsWithoutQuotingTheKey()
    {
        var result = Validator.Validate(null, new UberConferenceOptions { ApiKey = "secret-part\n" });

        Assert.True(result.Failed);
        Assert.Contains("UberConference:ApiKey", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-part", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadValues_FailWithOneMessagePerKey()
    {
        var options = new UberConferenceOptions
        {
            ApiKey = "dp-key-123",
            BaseUri = "dialpad.com",
            RoomsCacheDuration = TimeSpan.FromSeconds(5),
            RoomsRecheckAfter = TimeSpan.FromSeconds(10),
            RequestsPerSecond = 21,
            AttemptTimeout = TimeSpan.Zero,
        };

        var failures = Validator.Validate(null, options).Failures!;

        Assert.Equal(
            ["UberConference:BaseUri", "UberConference:AttemptTimeout", "UberConference:RoomsRecheckAfter", "UberConference:RequestsPerSecond"],
            failures.Select(f => f[..f.IndexOf(' ', StringComparison.Ordinal)]));
    }

    [Fact]
    public void Validate_TotalTimeoutShorterThanAnAttempt_FailsNamingBothKeys()
    {
        var options = new UberConferenceOptions { ApiKey = "dp-key-123", AttemptTimeout = TimeSpan.FromSeconds(10), TotalTimeout = TimeSpan.FromSeconds(5) };

        var failure = Assert.Single(Validator.Validate(null, options).Failures!);

        Assert.StartsWith("UberConference:TotalTimeout must be at least UberConference:AttemptTimeout", failure, StringComparison.Ordinal);
    }
}
