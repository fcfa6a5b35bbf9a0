using Microsoft.Extensions.Options;

namespace Conferencing.HangoutBridge.Google;

/// <summary>
/// Fails start-up with a message that names the configuration key, instead of a first conference failing later.
/// </summary>
public sealed class GoogleOptionsValidator : IValidateOptions<GoogleOptions>
{
    public ValidateOptionsResult Validate(string? name, GoogleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (!Uri.TryCreate(options.CalendarBaseUri, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("https" or "http"))
            failures.Add("Google:CalendarBaseUri must be an absolute http(s) URI such as https://www.googleapis.com/calendar/v3/.");
        if (string.IsNullOrWhiteSpace(options.ServiceAccountKeyPath))
            failures.Add("Google:ServiceAccountKeyPath is required: the path of the service account's JSON key.");
        if (options.OrganizerEmail is { } organizer && !organizer.Contains('@', StringComparison.Ordinal))
            failures.Add("Google:OrganizerEmail must be an email address (or left out).");

        options.ValidateResilience(GoogleOptions.Section, failures);
        Check(options.PendingPollDelay > TimeSpan.Zero && options.PendingPollDelay <= TimeSpan.FromMinutes(1),
            "Google:PendingPollDelay must be above 0 and at most 1 minute.");
        Check(options.PendingPollAttempts is >= 0 and <= 10, "Google:PendingPollAttempts must be between 0 and 10.");
        Check(options.RequestsPerMinutePerUser >= 1, "Google:RequestsPerMinutePerUser must be at least 1.");
        Check(options.RequestsPerMinute >= 1, "Google:RequestsPerMinute must be at least 1.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

        void Check(bool valid, string message)
        {
            if (!valid)
                failures.Add(message);
        }
    }
}
