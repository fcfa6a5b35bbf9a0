using Conferencing.Hosting.Http;

namespace Conferencing.HangoutBridge.Google;

/// <summary>
/// How hangout-bridge reaches Google Calendar (configuration section <c>Google</c>); checked at start-up. Retries, timeouts
/// and the circuit breaker are <see cref="HttpResilienceOptions"/> (<c>Google:MaxAttempts</c>...).
/// </summary>
public sealed class GoogleOptions : HttpResilienceOptions
{
    public const string Section = "Google";

    /// <summary>Calendar v3's root; tests point it at a stub.</summary>
    public string CalendarBaseUri { get; set; } = "https://www.googleapis.com/calendar/v3/";

    /// <summary>Path of the service account's JSON key; the account needs domain-wide delegation for the Calendar scope.</summary>
    public string? ServiceAccountKeyPath { get; set; }

    /// <summary>The calendar owner used when the starter is not a Workspace user; null when only Workspace users may start.</summary>
    public string? OrganizerEmail { get; set; }

    /// <summary>Wait before the first re-read of a conference Google is still creating; each later wait doubles.</summary>
    public TimeSpan PendingPollDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Re-reads of a pending conference before giving up (4 with the default delay: 0.5, 1, 2 and 4 s).</summary>
    public int PendingPollAttempts { get; set; } = 4;

    /// <summary>Calendar calls per minute this copy makes as one user; Google's quota is 600 per user per project.</summary>
    public int RequestsPerMinutePerUser { get; set; } = 600;

    /// <summary>Calendar calls per minute this copy makes in all; Google's quota is 10,000 per project, shared by all copies.</summary>
    public int RequestsPerMinute { get; set; } = 10_000;
}
