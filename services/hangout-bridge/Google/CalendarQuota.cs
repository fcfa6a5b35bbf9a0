using Conferencing.Hosting.Http;
using Microsoft.Extensions.Options;

namespace Conferencing.HangoutBridge.Google;

/// <summary>
/// Keeps this copy under Calendar's quotas (per user per minute, and per project per minute) by making a burst of starts
/// queue instead of earning 403 rate-limit answers. Every attempt waits its turn, retries included (the Calendar pipeline
/// asks here before each one), since Google counts every request it receives. Every non-Workspace start acts as the one
/// organizer account, so its per-user quota is the first to run out.
/// </summary>
public sealed class CalendarQuota(IOptions<GoogleOptions> options, TimeProvider time) : IProviderQuota, IDisposable
{
    private const string Project = "project";
    // A minute and a half-second: Google counts calls when they arrive, and network jitter must never let it count one
    // more than the quota in a minute.
    private static readonly TimeSpan Minute = TimeSpan.FromSeconds(60.5);

    // At most a minute's quota may wait: a longer queue would only hold messages past any useful answer.
    private readonly SlidingLogRateLimit _perProject = new(options.Value.RequestsPerMinute, Minute, options.Value.RequestsPerMinute, time);
    private readonly SlidingLogRateLimit _perUser = new(options.Value.RequestsPerMinutePerUser, Minute, options.Value.RequestsPerMinutePerUser, time);

    /// <summary>
    /// Waits until one more request as the request's <see cref="ImpersonatedUser"/> fits the quota; false when more than a
    /// minute's worth of calls already wait (the pipeline then throws Polly's <c>RateLimiterRejectedException</c>).
    /// </summary>
    public async ValueTask<bool> WaitTurnAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The user's turn first: waiting for it must not hold a place in the project's log.
        return await _perUser.WaitTurnAsync(ImpersonatedUser.Of(request), cancellationToken)
            && await _perProject.WaitTurnAsync(Project, cancellationToken);
    }

    public void Dispose()
    {
        _perProject.Dispose();
        _perUser.Dispose();
    }
}
