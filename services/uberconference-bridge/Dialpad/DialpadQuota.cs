using Conferencing.Hosting.Http;
using Microsoft.Extensions.Options;

namespace Conferencing.UberConferenceBridge.Dialpad;

/// <summary>
/// Keeps this copy under Dialpad's 20 requests per second per company: every attempt of every call, retries included,
/// waits its turn here, so that a burst queues instead of earning 429 answers. At most a minute's worth may wait: a longer
/// queue would only hold a start past any useful answer.
/// </summary>
public sealed class DialpadQuota(IOptions<UberConferenceOptions> options, TimeProvider time) : IProviderQuota, IDisposable
{
    // One API key is one company: every call of this copy shares one log.
    private const string Company = "company";

    // A second and 50 ms: Dialpad counts calls when they arrive, and network jitter must not squeeze 21 into a second.
    private readonly SlidingLogRateLimit _limit = new(
        options.Value.RequestsPerSecond, TimeSpan.FromMilliseconds(1050), options.Value.RequestsPerSecond * 60, time);

    /// <summary>Waits until one more request fits the quota; false when a minute's worth of requests is already waiting.</summary>
    public ValueTask<bool> WaitTurnAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _limit.WaitTurnAsync(Company, cancellationToken);

    public void Dispose() => _limit.Dispose();
}
