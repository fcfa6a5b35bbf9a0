using Polly;
using Polly.Timeout;

namespace Conferencing.Hosting.Http;

/// <summary>What any HTTP provider may answer that a later try can heal; a provider adds its own signals on top.</summary>
public static class TransientHttpFailure
{
    /// <summary>408, 429 and 5xx. Every other status is an answer (400 malformed, 401/403 not allowed, 404 missing) that a retry would repeat.</summary>
    public static bool IsTransientStatus(int statusCode) => statusCode is 408 or 429 or (>= 500 and <= 599);

    /// <summary>Network faults and attempt timeouts; an open circuit and a caller's cancellation are not transient.</summary>
    public static bool IsTransientException(Exception exception) => exception is HttpRequestException or TimeoutRejectedException;

    /// <summary>The outcome of one try judged by <see cref="IsTransientException"/> and <see cref="IsTransientStatus"/>.</summary>
    public static ValueTask<bool> IsTransientAsync(Outcome<HttpResponseMessage> outcome) => ValueTask.FromResult(outcome switch
    {
        { Exception: { } exception } => IsTransientException(exception),
        { Result: { } response } => IsTransientStatus((int)response.StatusCode),
        _ => false,
    });
}
