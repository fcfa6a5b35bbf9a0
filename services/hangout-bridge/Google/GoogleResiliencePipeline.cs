using System.Net;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Conferencing.HangoutBridge.Google;

/// <summary>
/// The one retry layer for every Google call, the token exchange included. Google.Apis' own back-off is switched off
/// wherever this pipeline runs, so nothing is retried twice. One instance per process: the circuit breaker must see
/// every call to judge whether Google is down.
/// </summary>
public sealed class GoogleResiliencePipeline
{
    /// <summary>The request being sent, so that logs can say which call is retried.</summary>
    public static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("google-request");

    private readonly ILogger<GoogleResiliencePipeline> _logger;

    public GoogleResiliencePipeline(IOptions<GoogleOptions> options, TimeProvider timeProvider, ILogger<GoogleResiliencePipeline> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _logger = logger;

        // Outside-in: retry, then circuit breaker, then the per-attempt timeout. The retry sits outside the breaker so that
        // an open circuit ends the retries at once; the timeout sits inside it so that a hung attempt counts as a failure.
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = "google", TimeProvider = timeProvider };
        if (settings.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryBaseDelay,
                MaxDelay = settings.RetryMaxDelay,
                ShouldHandle = args => IsTransientAsync(args.Outcome),
                // Polly does not cap a generated delay with MaxDelay, so RetryAfterDelay does.
                DelayGenerator = args => ValueTask.FromResult(
                    RetryAfterDelay.From(args.Outcome.Result?.Headers.RetryAfter, timeProvider.GetUtcNow(), settings.RetryMaxDelay)),
                OnRetry = args =>
                {
                    LogRetry(args.Context, args.Outcome, args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            });
        }
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = settings.BreakerFailureRatio,
            MinimumThroughput = settings.BreakerMinimumThroughput,
            SamplingDuration = settings.BreakerSamplingDuration,
            BreakDuration = settings.BreakerBreakDuration,
            ShouldHandle = args => IsTransientAsync(args.Outcome),
            OnOpened = args =>
            {
                _logger.CircuitOpened(args.BreakDuration);
                return default;
            },
            OnClosed = _ =>
            {
                _logger.CircuitClosed();
                return default;
            },
        });
        builder.AddTimeout(settings.AttemptTimeout);
        Pipeline = builder.Build();
    }

    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    /// <summary>
    /// Network faults and attempt timeouts are transient; an open circuit and a caller's cancellation are not. A response is
    /// judged by <see cref="GoogleRetryClassification"/>; its body was buffered by <see cref="ResilienceHandler"/>, so
    /// reading the 403 reason here leaves it readable for Google.Apis.
    /// </summary>
    public static async ValueTask<bool> IsTransientAsync(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is not null)
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        if (outcome.Result is not { } response)
            return false;
        var reason = response.StatusCode == HttpStatusCode.Forbidden
            ? GoogleErrorReason.Parse(await response.Content.ReadAsStringAsync())
            : null;
        return GoogleRetryClassification.IsTransient((int)response.StatusCode, reason);
    }

    private void LogRetry(ResilienceContext context, Outcome<HttpResponseMessage> outcome, int failedAttempt, TimeSpan delay)
    {
        // The path only: no query string, no headers, nothing that could carry a token.
        var request = context.Properties.GetValue(RequestKey, null!);
        var result = outcome.Exception is { } exception
            ? exception.GetType().Name
            : ((int)outcome.Result!.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _logger.Retrying(request?.Method.Method, request?.RequestUri?.AbsolutePath, result, failedAttempt, delay);
    }
}
