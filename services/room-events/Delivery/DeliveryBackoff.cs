namespace Conferencing.RoomEvents.Delivery;

/// <summary>How long the outbox waits before trying a message again: exponential, capped, with jitter.</summary>
public static class DeliveryBackoff
{
    /// <summary>Jitter spreads the retries of many rooms whose chat came back at the same moment: ±20 %.</summary>
    public const double JitterShare = 0.2;

    /// <param name="failedAttempts">Attempts that failed so far, at least 1.</param>
    /// <param name="baseDelay">The wait after the first failure; each further failure doubles it.</param>
    /// <param name="maxDelay">No wait is longer, jitter and <paramref name="retryAfter"/> included.</param>
    /// <param name="retryAfter">What the webhook asked for (<c>Retry-After</c>); waited instead when it is longer.</param>
    /// <param name="random">A number in [0, 1) that places the jitter; tests pin it.</param>
    public static TimeSpan Delay(int failedAttempts, TimeSpan baseDelay, TimeSpan maxDelay, TimeSpan? retryAfter, double random)
    {
        var exponent = Math.Clamp(failedAttempts - 1, 0, 30);
        var exponential = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), maxDelay.TotalMilliseconds);
        var jittered = exponential * (1 - JitterShare + 2 * JitterShare * random);
        if (retryAfter is { } asked && asked.TotalMilliseconds > jittered)
            jittered = asked.TotalMilliseconds;
        return TimeSpan.FromMilliseconds(Math.Min(jittered, maxDelay.TotalMilliseconds));
    }
}
