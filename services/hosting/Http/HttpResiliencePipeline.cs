using System.Globalization;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Conferencing.Hosting.Http;

/// <summary>
/// The one retry layer of a provider's HTTP calls: retry with exponential back-off and jitter that honours
/// <c>Retry-After</c>, a circuit breaker and a per-attempt timeout. Build one per provider and process: the circuit breaker
/// must see every call to judge whether the provider is down.
/// </summary>
public static class HttpResiliencePipeline
{
    /// <summary>The request being sent, set by <see cref="ResilienceHandler"/>, so that logs can say which call is retried.</summary>
    public static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("conferencing-http-request");

    /// <param name="client">The provider's name in logs and in Polly's telemetry (<c>google</c>, <c>dialpad</c>).</param>
    /// <param name="settings">Validated options (see <see cref="HttpResilienceOptions.ValidateResilience"/>).</param>
    /// <param name="isTransient">Which outcomes to retry and to count against the circuit; <see cref="TransientHttpFailure.IsTransientAsync"/> or a provider's own.</param>
    /// <param name="timeProvider">The clock of back-offs and timeouts; tests pass a fake one.</param>
    /// <param name="logger">Where retries and circuit changes are logged.</param>
    public static ResiliencePipeline<HttpResponseMessage> Build(
        string client,
        HttpResilienceOptions settings,
        Func<Outcome<HttpResponseMessage>, ValueTask<bool>> isTransient,
        TimeProvider timeProvider,
        ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);

        // Outside-in: retry, then circuit breaker, then the per-attempt timeout. The retry sits outside the breaker so that
        // an open circuit ends the retries at once; the timeout sits inside it so that a hung attempt counts as a failure.
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = client, TimeProvider = timeProvider };
        if (settings.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryBaseDelay,
                MaxDelay = settings.RetryMaxDelay,
                ShouldHandle = args => isTransient(args.Outcome),
                // Polly does not cap a generated delay with MaxDelay, so RetryAfterDelay does.
                DelayGenerator = args => ValueTask.FromResult(
                    RetryAfterDelay.From(args.Outcome.Result?.Headers.RetryAfter, timeProvider.GetUtcNow(), settings.RetryMaxDelay)),
                OnRetry = args =>
                {
                    LogRetry(logger, client, args.Context, args.Outcome, args.AttemptNumber + 1, args.RetryDelay);
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
            ShouldHandle = args => isTransient(args.Outcome),
            OnOpened = args =>
            {
                logger.CircuitOpened(client, args.BreakDuration);
                return default;
            },
            OnClosed = _ =>
            {
                logger.CircuitClosed(client);
                return default;
            },
        });
        builder.AddTimeout(settings.AttemptTimeout);
        return builder.Build();
    }

    private static void LogRetry(
        ILogger logger, string client, ResilienceContext context, Outcome<HttpResponseMessage> outcome, int failedAttempt, TimeSpan delay)
    {
        // The path only: no query string (a cursor, a key), no headers, nothing that could carry a token.
        var request = context.Properties.GetValue(RequestKey, null!);
        var result = outcome.Exception is { } exception
            ? exception.GetType().Name
            : ((int)outcome.Result!.StatusCode).ToString(CultureInfo.InvariantCulture);
        logger.Retrying(client, request?.Method.Method, request?.RequestUri?.AbsolutePath, result, failedAttempt, delay);
    }
}
