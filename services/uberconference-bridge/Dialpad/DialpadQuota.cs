using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Conferencing.UberConferenceBridge.Dialpad;

/// <summary>
/// Keeps this copy under Dialpad's 20 requests per second per company by making a burst of calls queue instead of earning
/// 429 answers. At most a minute's worth may wait: a longer queue would only hold a start past any useful answer.
/// </summary>
public sealed class DialpadQuota : IDisposable
{
    private readonly SlidingWindowRateLimiter _limiter;

    public DialpadQuota(IOptions<UberConferenceOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var perSecond = options.Value.RequestsPerSecond;
        _limiter = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = perSecond,
            Window = TimeSpan.FromSeconds(1),
            SegmentsPerWindow = 10,
            QueueLimit = perSecond * 60,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    /// <summary>Waits until one more call fits the quota.</summary>
    /// <exception cref="DialpadApiException">A minute's worth of calls is already waiting (reported as a 429 of our own).</exception>
    public async ValueTask WaitTurnAsync(CancellationToken cancellationToken)
    {
        using var lease = await _limiter.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
            throw new DialpadApiException(HttpStatusCode.TooManyRequests, "More than a minute's worth of Dialpad calls are already waiting.");
    }

    public void Dispose() => _limiter.Dispose();
}
