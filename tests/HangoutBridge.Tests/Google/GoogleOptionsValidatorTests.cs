using Conferencing.HangoutBridge.Google;
using Xunit;

namespace Conferencing.HangoutBridge.Tests.Google;

public sealed class GoogleOptionsValidatorTests
{
    private static readonly GoogleOptionsValidator Validator = new();

    [Fact]
    public void Validate_DefaultsWithKeyPath_Succeed()
    {
        var result = Validator.Validate(null, new GoogleOptions { ServiceAccountKeyPath = "/etc/conferencing/google-key.json" });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_NoKeyPath_FailsNamingTheKey()
    {
        var result = Validator.Validate(null, new GoogleOptions());

        Assert.True(result.Failed);
        Assert.Contains("Google:ServiceAccountKeyPath", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadValues_FailWithOneMessagePerKey()
    {
        var options = new GoogleOptions
        {
            ServiceAccountKeyPath = "key.json",
            CalendarBaseUri = "calendar/v3",
            MaxAttempts = 0,
            AttemptTimeout = TimeSpan.Zero,
            BreakerFailureRatio = 2,
        };

        var failures = Validator.Validate(null, options).Failures!;

        Assert.Equal(4, failures.Count());
        Assert.Contains(failures, f => f.StartsWith("Google:CalendarBaseUri", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Google:MaxAttempts", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Google:AttemptTimeout", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Google:BreakerFailureRatio", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_TotalTimeoutShorterThanAnAttempt_FailsNamingTheKey()
    {
        var options = new GoogleOptions
        {
            ServiceAccountKeyPath = "key.json",
            AttemptTimeout = TimeSpan.FromSeconds(10),
            TotalTimeout = TimeSpan.FromSeconds(5),
        };

        var failure = Assert.Single(Validator.Validate(null, options).Failures!);

        Assert.StartsWith("Google:TotalTimeout", failure, StringComparison.Ordinal);
    }
}
