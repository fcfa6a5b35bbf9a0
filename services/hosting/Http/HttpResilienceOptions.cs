namespace Conferencing.Hosting.Http;

/// <summary>
/// How a provider client retries, times out and breaks the circuit; a provider's options class derives from this, so the
/// keys sit in its own section (<c>Google:MaxAttempts</c>, <c>UberConference:MaxAttempts</c>).
/// </summary>
public abstract class HttpResilienceOptions
{
    /// <summary>One call, all its attempts, back-offs and quota waits included, may take this long.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Tries per call, the first one included; 1 turns retries off.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first retry's back-off; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>No back-off waits longer, not even one asked for by a <c>Retry-After</c> header.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(32);

    /// <summary>One try of one call may take this long before it counts as failed (and is retried).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Share of failed calls within <see cref="BreakerSamplingDuration"/> that opens the circuit.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed within <see cref="BreakerSamplingDuration"/> before the ratio counts.</summary>
    public int BreakerMinimumThroughput { get; set; } = 10;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit fails calls without sending them.</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Adds a message per bad value, naming the key as <c>{section}:{name}</c>. The ranges are Polly's own limits, so that a
    /// bad value is reported at start-up and not as a Polly validation error on the first call.
    /// </summary>
    public void ValidateResilience(string section, ICollection<string> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        Check(MaxAttempts is >= 1 and <= 10, nameof(MaxAttempts), "must be between 1 and 10.");
        Check(RetryBaseDelay >= TimeSpan.Zero && RetryBaseDelay <= TimeSpan.FromMinutes(1), nameof(RetryBaseDelay), "must be between 0 and 1 minute.");
        Check(RetryMaxDelay >= RetryBaseDelay && RetryMaxDelay <= TimeSpan.FromMinutes(5), nameof(RetryMaxDelay),
            $"must be at least {section}:{nameof(RetryBaseDelay)} and at most 5 minutes.");
        Check(AttemptTimeout >= TimeSpan.FromMilliseconds(10) && AttemptTimeout <= TimeSpan.FromMinutes(5), nameof(AttemptTimeout),
            "must be between 10 ms and 5 minutes.");
        Check(TotalTimeout >= AttemptTimeout && TotalTimeout <= TimeSpan.FromHours(1), nameof(TotalTimeout),
            $"must be at least {section}:{nameof(AttemptTimeout)} and at most 1 hour.");
        Check(BreakerFailureRatio is > 0 and <= 1, nameof(BreakerFailureRatio), "must be above 0 and at most 1.");
        Check(BreakerMinimumThroughput >= 2, nameof(BreakerMinimumThroughput), "must be at least 2.");
        Check(BreakerSamplingDuration >= TimeSpan.FromMilliseconds(500), nameof(BreakerSamplingDuration), "must be at least 500 ms.");
        Check(BreakerBreakDuration >= TimeSpan.FromMilliseconds(500), nameof(BreakerBreakDuration), "must be at least 500 ms.");

        void Check(bool valid, string key, string rule)
        {
            if (!valid)
                failures.Add($"{section}:{key} {rule}");
        }
    }
}
