using System.Net;
using Conferencing.Contracts;
using Conferencing.Hosting.Http;
using Conferencing.UberConferenceBridge.Rooms;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Conferencing.UberConferenceBridge.Dialpad;

/// <summary>Turns what a failed Dialpad call throws into the failure the room is told about.</summary>
public static class DialpadFailureTranslation
{
    private const string KeyHint =
        "An admin should check UberConference:ApiKey: it must be a current API key of the Dialpad company "
        + "(Admin Settings > My Company > Authentication > API Keys) with the conference:read scope.";

    /// <summary>The failure, or null for an exception that is not about Dialpad (a bug, which should surface as one).</summary>
    public static RoomFailure? Translate(Exception exception) => exception switch
    {
        DialpadApiException { StatusCode: null } unreadable => new(FailureReasons.ProviderFailed, false,
            $"{unreadable.Message} An operator should check UberConference:BaseUri."),
        DialpadApiException api => FromStatus(api.StatusCode!.Value),
        BrokenCircuitException => Unavailable("Dialpad has been failing; calls to it are paused for a short while."),
        TimeoutRejectedException => Unavailable("Dialpad did not answer in time."),
        HttpRequestException => Unavailable("Dialpad could not be reached."),
        _ => null,
    };

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
