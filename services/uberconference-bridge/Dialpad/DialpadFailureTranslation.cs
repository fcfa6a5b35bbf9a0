using System.Net;
using Conferencing.Contracts;
using Conferencing.Hosting.Http;
using Conferencing.UberConferenceBridge.Rooms;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using Refit;

namespace Conferencing.UberConferenceBridge.Dialpad;

/// <summary>Turns what a failed Dialpad call throws into the failure the room is told about.</summary>
public static class DialpadFailureTranslation
{
    private const string KeyHint =
        "An admin should check UberConference:ApiKey: it must be a current API key of the Dialpad company "
        + "(Admin Settings > My Company > Authentication > API Keys) with the conference:read scope.";

    private const string BaseUriHint = "An operator should check UberConference:BaseUri.";

    /// <summary>The failure, or null for an exception that is not about Dialpad (a bug, which should surface as one).</summary>
    public static RoomFailure? Translate(Exception exception) => exception switch
    {
        // Refit wraps what the handlers threw before any answer came: Polly's refusals, network faults.
        ApiRequestException { InnerException: { } cause } => Translate(cause),
        ApiException { StatusCode: var status } unreadable when IsSuccess(status) => NotAListing(unreadable),
        ApiException answered => FromStatus(answered.StatusCode),
        DialpadListingException unwalkable => new(FailureReasons.ProviderFailed, false, $"{unwalkable.Message} {BaseUriHint}"),
        BrokenCircuitException => Unavailable("Dialpad has been failing; calls to it are paused for a short while."),
        RateLimiterRejectedException => Unavailable("Dialpad is busy: more than a minute's worth of calls to it are already waiting."),
        TimeoutRejectedException => Unavailable("Dialpad did not answer in time."),
        HttpRequestException => Unavailable("Dialpad could not be reached."),
        _ => null,
    };

    private static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and <= 299;

    // The body is left out of the message: it is not ours to log, and an HTML error page says nothing useful.
    private static RoomFailure NotAListing(ApiException answer) => new(FailureReasons.ProviderFailed, false,
        $"Dialpad answered GET /{CompanyRooms.RoomsPath} with {(int)answer.StatusCode} and a body that is not a JSON room listing "
        + $"(Content-Type: {answer.ContentHeaders?.ContentType?.MediaType ?? "none"}). {BaseUriHint}");

    private static RoomFailure FromStatus(HttpStatusCode status)
    {
        var code = (int)status;
        if (TransientHttpFailure.IsTransientStatus(code))
            return Unavailable($"Dialpad is unavailable or busy ({code}).");
        return status switch
        {
            HttpStatusCode.Unauthorized => new(FailureReasons.Forbidden, false, $"Dialpad did not accept the API key (401). {KeyHint}"),
            HttpStatusCode.Forbidden => new(FailureReasons.Forbidden, false, $"Dialpad refused the API key access to meeting rooms (403). {KeyHint}"),
            HttpStatusCode.NotFound => new(FailureReasons.NotConfigured, false,
                $"Dialpad has no meeting-room listing at the configured address (404). An operator should check UberConference:BaseUri (https://dialpad.com/ in production)."),
            _ => new(FailureReasons.InvalidRequest, false, $"Dialpad rejected the meeting-room listing ({code})."),
        };
    }

    private static RoomFailure Unavailable(string message) =>
        new(FailureReasons.ProviderUnavailable, true, message + " Try again in a few minutes.");
}
