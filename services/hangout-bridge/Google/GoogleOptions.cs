namespace Conferencing.HangoutBridge.Google;

/// <summary>How hangout-bridge reaches Google Calendar (configuration section <c>Google</c>); checked at start-up.</summary>
public sealed class GoogleOptions
{
    public const string Section = "Google";

    /// <summary>Calendar v3's root; tests point it at a stub.</summary>
    public string CalendarBaseUri { get; set; } = "https://www.googleapis.com/calendar/v3/";

    /// <summary>Path of the service account's JSON key; the account needs domain-wide delegation for the Calendar scope.</summary>
    public string? ServiceAccountKeyPath { get; set; }

    /// <summary>The calendar owner used when the starter is not a Workspace user; null when only Workspace users may start.</summary>
    public string? OrganizerEmail { get; set; }

    /// <summary>Tries per Google call, the first one included; 1 turns retries off.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first retry's back-off; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>No back-off waits longer, not even one asked for by a <c>Retry-After</c> header.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(32);

    /// <summary>One try of one call may take this long before it counts as failed (and is retried).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Share of failed calls within <see cref="BreakerSamplingDuration"/> that opens the circuit.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed within <see cref="BreakerSamplingDuration"/> before the ratio counts.</summary>
    public int BreakerMinimumThroughput { get; set; } = 10;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit fails calls without sending them.</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Wait before the first re-read of a conference Google is still creating; each later wait doubles.</summary>
    public TimeSpan PendingPollDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Re-reads of a pending conference before giving up (4 with the default delay: 0.5, 1, 2 and 4 s).</summary>
    public int PendingPollAttempts { get; set; } = 4;

    /// <summary>Calendar calls per minute this copy makes as one user; Google's quota is 600 per user per project.</summary>
    public int RequestsPerMinutePerUser { get; set; } = 600;

    /// <summary>Calendar calls per minute this copy makes in all; Google's quota is 10,000 per project, shared by all copies.</summary>
    public int RequestsPerMinute { get; set; } = 10_000;
}
