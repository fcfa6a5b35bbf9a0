using Conferencing.Hosting.Http;

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
    /// What is transient for any HTTP provider (408, 429, 5xx: <see cref="TransientHttpFailure.IsTransientStatus"/>), and
    /// a 403 whose reason is a rate limit. <c>quotaExceeded</c> is left out: it is Calendar's daily use limit, which
    /// back-off does not lift.
    /// </summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="errorReason">The first <c>error.errors[].reason</c> of the body, or null; read only for 403.</param>
    public static bool IsTransient(int statusCode, string? errorReason) => statusCode == 403
        ? errorReason is not null && RateLimitReasons.Contains(errorReason)
        : TransientHttpFailure.IsTransientStatus(statusCode);
}
