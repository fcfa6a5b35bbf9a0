using Conferencing.Hosting.Http;

namespace Conferencing.Hosting.Tests.Http;

public sealed class HttpResilienceOptionsTests
{
    private sealed class ProviderOptions : HttpResilienceOptions;

    [Fact]
    public void ValidateResilience_Defaults_AddNothing()
    {
        var failures = new List<string>();

        new ProviderOptions().ValidateResilience("Provider", failures);

        Assert.Empty(failures);
    }

    [Fact]
    public void ValidateResilience_BadValues_OneMessagePerKeyNamedInTheSection()
    {
        var options = new ProviderOptions
        {
            MaxAttempts = 11,
            RetryBaseDelay = TimeSpan.FromSeconds(5),
            RetryMaxDelay = TimeSpan.FromSeconds(1),
            BreakerMinimumThroughput = 1,
        };
        var failures = new List<string>();

        options.ValidateResilience("Provider", failures);

        Assert.Equal(
            ["Provider:MaxAttempts", "Provider:RetryMaxDelay", "Provider:BreakerMinimumThroughput"],
            failures.Select(f => f[..f.IndexOf(' ', StringComparison.Ordinal)]));
    }
}
