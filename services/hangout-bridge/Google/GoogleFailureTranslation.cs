using System.Net;
using Conferencing.Contracts;
using Google.Apis.Auth.OAuth2.Responses;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using Refit;

namespace Conferencing.HangoutBridge.Google;

/// <summary>Turns what a failed Google call throws into the failure the room is told about.</summary>
public static class GoogleFailureTranslation
{
    private const string DelegationHint =
        "An operator should check that the service account has domain-wide delegation in the Google Workspace admin console "
        + "for the scope " + DelegatedCredentials.CalendarEventsScope + ", and that the calendar owner is a user of that Workspace.";

    /// <summary>The failure, or null for an exception that is not about Google (a bug, which should surface as one).</summary>
    public static MeetFailure? Translate(Exception exception) => exception switch
    {
        ServiceAccountKeyException key => new(FailureReasons.NotConfigured, false, $"Google Meet is not set up: {key.Message}"),
        TokenResponseException token => FromTokenExchange(token),
        ApiException api => FromCalendar(api),
        // Refit wraps whatever the handlers under it threw (the token exchange, the pipeline, the network).
        ApiRequestException { InnerException: { } inner } => Translate(inner),
        BrokenCircuitException => Unavailable("Google Calendar has been failing; calls to it are paused for a short while."),
        TimeoutRejectedException => Unavailable("Google Calendar did not answer in time."),
        HttpRequestException => Unavailable("Google Calendar could not be reached."),
        // The quota refused a turn: more than a minute's worth of Calendar calls already wait.
        RateLimiterRejectedException => Unavailable("Too many Google Meet conferences are being started at once."),
        _ => null,
    };

    private static MeetFailure FromTokenExchange(TokenResponseException exception)
    {
        var status = (int?)exception.StatusCode ?? 0;
        if (GoogleRetryClassification.IsTransient(status, null))
            return Unavailable("Google's sign-in service did not answer.");
        // invalid_grant / unauthorized_client: the key is fine but the delegation or the user is not.
        return new(FailureReasons.Forbidden, false,
            $"Google refused to let the service account act as the calendar owner ({exception.Error?.Error ?? "no reason given"}). {DelegationHint}");
    }

    private static MeetFailure FromCalendar(ApiException exception)
    {
        var status = (int)exception.StatusCode;
        var reason = GoogleErrorReason.Parse(exception.Content);
        var googleMessage = GoogleErrorMessage.Parse(exception.Content) ?? exception.StatusCode.ToString();
        if (status < 400 || GoogleRetryClassification.IsTransient(status, reason))
            return Unavailable($"Google Calendar is unavailable or busy ({status}).");

        return exception.StatusCode switch
        {
            HttpStatusCode.BadRequest => new(FailureReasons.InvalidRequest, false,
                $"Google Calendar rejected the conference request: {googleMessage}"
                + (googleMessage.Contains("conference type", StringComparison.OrdinalIgnoreCase) ? " " + DelegationHint : "")),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new(FailureReasons.Forbidden, false,
                $"Google Calendar refused the service account ({reason ?? googleMessage}). {DelegationHint}"),
            // "primary" of a user who has no calendar: the organizer or Workspace account is wrong, which an operator fixes.
            HttpStatusCode.NotFound => new(FailureReasons.NotConfigured, false,
                "Google Calendar has no calendar for the calendar owner. An operator should check Google:OrganizerEmail and that Google Calendar is on for the account."),
            _ => new(FailureReasons.InvalidRequest, false, $"Google Calendar rejected the conference request ({status}): {googleMessage}"),
        };
    }

    private static MeetFailure Unavailable(string message) =>
        new(FailureReasons.ProviderUnavailable, true, message + " Try again in a few minutes.");
}
