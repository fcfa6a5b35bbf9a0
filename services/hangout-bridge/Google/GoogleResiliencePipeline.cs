using System.Net;
using Conferencing.Hosting.Http;
using Microsoft.Extensions.Options;
using Polly;

namespace Conferencing.HangoutBridge.Google;

/// <summary>
/// The one retry layer for every Google call, the token exchange included: <see cref="HttpResiliencePipeline"/> with
/// Google's own idea of transient (a 403 that is a rate limit). Google.Apis' own back-off is switched off wherever this
/// pipeline runs, so nothing is retried twice. One instance per process, so that the circuit breaker sees every call.
/// </summary>
public sealed class GoogleResiliencePipeline(IOptions<GoogleOptions> options, TimeProvider timeProvider, ILogger<GoogleResiliencePipeline> logger)
{
    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; } =
        HttpResiliencePipeline.Build("google", options.Value, IsTransientAsync, timeProvider, logger);

    /// <summary>
    /// Network faults and attempt timeouts are transient; an open circuit and a caller's cancellation are not. A response is
    /// judged by <see cref="GoogleRetryClassification"/>; its body was buffered by <see cref="ResilienceHandler"/>, so
    /// reading the 403 reason here leaves it readable for Google.Apis.
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
        return GoogleRetryClassification.IsTransient((int)response.StatusCode, reason);
    }
}
