namespace Conferencing.HangoutBridge.Google;

/// <summary>Which answers from Google are worth sending the same request again for; Polly is the only layer that does.</summary>
public static class GoogleRetryClassification
{
    /// <summary>Google reports rate limiting with these 403 reasons as well as with 429.</summary>
    public static readonly IReadOnlySet<string> RateLimitReasons = new HashSet<string>(StringComparer.Ordinal)
    {
        "rateLimitExceeded",
        "userRateLimitExceeded",
    };

    /// <summary>
    /// 408, 429 and 5xx are transient, and so is a 403 whose reason is a rate limit. Every other status is an answer
    /// (400 malformed, 401/403 not allowed, 404 missing, 409 exists) that a retry would only repeat.
    /// <c>quotaExceeded</c> is left out: it is Calendar's daily use limit, which back-off does not lift.
    /// </summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="errorReason">The first <c>error.errors[].reason</c> of the body, or null; read only for 403.</param>
    public static bool IsTransient(int statusCode, string? errorReason) => statusCode switch
    {
        408 or 429 => true,
        >= 500 and <= 599 => true,
        403 => errorReason is not null && RateLimitReasons.Contains(errorReason),
        _ => false,
    };
}
