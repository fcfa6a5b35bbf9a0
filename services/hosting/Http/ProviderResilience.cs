using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.RateLimiting;

namespace Conferencing.Hosting.Http;

/// <summary>
/// The one retry layer of a provider's HTTP calls, on Microsoft.Extensions.Http.Resilience: a total timeout, retries with
/// exponential back-off and jitter that honour <c>Retry-After</c>, a circuit breaker, the provider's quota and a
/// per-attempt timeout. One pipeline per client and process, so that the circuit breaker sees every call.
/// </summary>
public static class ProviderResilience
{
    /// <param name="client">The provider's client; its name is the pipeline's in Polly's telemetry (<c>google</c>, <c>dialpad</c>).</param>
    /// <param name="settings">Validated options (see <see cref="HttpResilienceOptions.ValidateResilience"/>).</param>
    /// <param name="isTransient">Which outcomes to retry and to count against the circuit; <see cref="TransientHttpFailure.IsTransientAsync"/> or a provider's own.</param>
    /// <param name="quota">The provider's quota, which every attempt waits for; none when the provider has none.</param>
    public static IHttpClientBuilder AddProviderResilience(
        this IHttpClientBuilder client,
        Func<IServiceProvider, HttpResilienceOptions> settings,
        Func<Outcome<HttpResponseMessage>, ValueTask<bool>> isTransient,
        Func<IServiceProvider, IProviderQuota>? quota = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(settings);
        client.Services.TryAddSingleton<RetryJitter>();
        client.Services.TryAddSingleton(TimeProvider.System);
        client.AddResilienceHandler(client.Name, (pipeline, context) =>
        {
            var options = settings(context.ServiceProvider);
            var jitter = context.ServiceProvider.GetRequiredService<RetryJitter>();
            var clock = context.ServiceProvider.GetRequiredService<TimeProvider>();
            pipeline.TimeProvider = clock;

            // Outside-in. The total timeout bounds a call, back-offs and quota waits included. The retry sits outside the
            // breaker, so that an open circuit ends the retries at once. The quota sits inside the retry, so that every
            // attempt waits its turn, and outside the attempt timeout, so that waiting for a turn is not a slow answer.
            pipeline.AddTimeout(options.TotalTimeout);
            if (options.MaxAttempts > 1)
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxAttempts - 1,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Randomizer = jitter.Next,
                    Delay = options.RetryBaseDelay,
                    MaxDelay = options.RetryMaxDelay,
                    ShouldHandle = args => isTransient(args.Outcome),
                    // Ours, not the library's Retry-After reading: Polly applies no MaxDelay to a delay it is given, and a
                    // server must not park a consumer for an hour.
                    ShouldRetryAfterHeader = false,
                    DelayGenerator = args => ValueTask.FromResult(
                        RetryAfterDelay.From(args.Outcome.Result?.Headers.RetryAfter, clock.GetUtcNow(), options.RetryMaxDelay)),
                });
            }
            pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                ShouldHandle = args => isTransient(args.Outcome),
            });
            if (quota is not null)
            {
                var turns = quota(context.ServiceProvider);
                pipeline.AddRateLimiter(new HttpRateLimiterStrategyOptions
                {
                    RateLimiter = async args => await turns.WaitTurnAsync(args.Context.GetRequestMessage()!, args.Context.CancellationToken)
                        ? QuotaLease.Granted
                        : QuotaLease.Refused,
                });
            }
            pipeline.AddTimeout(options.AttemptTimeout);
        });
        // Inside the pipeline, so that each attempt reads its own answer's body (BufferedContentHandler says why).
        client.AddHttpMessageHandler(() => new BufferedContentHandler());
        // The pipeline's timeouts bound a call; HttpClient's own 100 s would cut short a call that may take TotalTimeout.
        client.ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan);
        return client;
    }

    /// <summary>A quota's answer as a rate limiter's lease; a refused one makes Polly throw <see cref="RateLimiterRejectedException"/>.</summary>
    private sealed class QuotaLease(bool acquired) : RateLimitLease
    {
        public static readonly QuotaLease Granted = new(true);
        public static readonly QuotaLease Refused = new(false);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
