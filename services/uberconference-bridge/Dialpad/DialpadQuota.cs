using System.Net;
using Conferencing.Hosting.Http;
using Microsoft.Extensions.Options;

namespace Conferencing.UberConferenceBridge.Dialpad;

/// <summary>
/// Keeps this copy under Dialpad's 20 requests per second per company by making a burst of calls queue instead of earning
/// 429 answers. At most a minute's worth may wait: a longer queue would only hold a start past any useful answer.
/// </summary>
public sealed class DialpadQuota(IOptions<UberConferenceOptions> options, TimeProvider time) : IDisposable
{
    // One API key is one company: every call of this copy shares one log.
    private const string Company = "company";

    // A second and 50 ms: Dialpad counts calls when they arrive, and network jitter must not squeeze 21 into a second.
    private readonly SlidingLogRateLimit _limit = new(
        options.Value.RequestsPerSecond, TimeSpan.FromMilliseconds(1050), options.Value.RequestsPerSecond * 60, time);

    /// <summary>Waits until one more call fits the quota.</summary>
    /// <exception cref="DialpadApiException">A minute's worth of calls is already waiting (reported as a 429 of our own).</exception>
    public async ValueTask WaitTurnAsync(CancellationToken cancellationToken)
    {
        if (!await _limit.WaitTurnAsync(Company, cancellationToken))
            throw new DialpadApiException(HttpStatusCode.TooManyRequests, "More than a minute's worth of Dialpad calls are already waiting.");
    }

    public void Dispose() => _limit.Dispose();
}
