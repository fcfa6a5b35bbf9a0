using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Conferencing.HangoutBridge.Google;

/// <summary>
/// Keeps this copy under Calendar's quotas (per user per minute, and per project per minute) by making a burst of starts
/// queue instead of earning 403 rate-limit answers. Every non-Workspace start acts as the one organizer account, so its
/// per-user quota is the first to run out.
/// </summary>
public sealed class CalendarQuota : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public CalendarQuota(IOptions<GoogleOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        var perProject = PartitionedRateLimiter.Create<string, string>(_ =>
            RateLimitPartition.GetSlidingWindowLimiter("all", _ => PerMinute(settings.RequestsPerMinute)));
        var perUser = PartitionedRateLimiter.Create<string, string>(user =>
            RateLimitPartition.GetSlidingWindowLimiter(user.ToUpperInvariant(), _ => PerMinute(settings.RequestsPerMinutePerUser)));
        _limiter = PartitionedRateLimiter.CreateChained(perProject, perUser);
    }

    /// <summary>Waits until a call as <paramref name="userEmail"/> fits the quota.</summary>
    /// <exception cref="CalendarQuotaExceededException">More calls are already waiting than a minute's quota.</exception>
    public async ValueTask WaitTurnAsync(string userEmail, CancellationToken cancellationToken)
    {
        using var lease = await _limiter.AcquireAsync(userEmail, 1, cancellationToken);
        if (!lease.IsAcquired)
            throw new CalendarQuotaExceededException("More than a minute's worth of Google Calendar calls are already waiting.");
    }

    public void Dispose() => _limiter.Dispose();

    // At most a minute's quota may wait: a longer queue would only hold messages past any useful answer.
    private static SlidingWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        SegmentsPerWindow = 6,
        QueueLimit = permits,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };
}
