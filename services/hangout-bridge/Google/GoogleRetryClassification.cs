using System.Net;
using Conferencing.Hosting.Http;
using Polly;

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

    /// <summary>
    /// One try of a Google call (Calendar or the token exchange) as the pipeline sees it: network faults and attempt
    /// timeouts are transient, an open circuit and a caller's cancellation are not, and an answer is judged by
    /// <see cref="IsTransient"/>. The body was buffered inside the attempt, so reading a 403's reason here leaves it
    /// readable for the caller.
    /// </summary>
    public static async ValueTask<bool> IsTransientAsync(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is not null)
            return TransientHttpFailure.IsTransientException(outcome.Exception);
        if (outcome.Result is not { } response)
            return false;
        var reason = response.StatusCode == HttpStatusCode.Forbidden
            ? GoogleErrorReason.Parse(await response.Content.ReadAsStringAsync())
            : null;
        return IsTransient((int)response.StatusCode, reason);
    }
}
