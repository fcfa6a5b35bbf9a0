using System.Net;

namespace Conferencing.UberConferenceBridge.Dialpad;

/// <summary>
/// Dialpad answered a call with an error status (<see cref="StatusCode"/>), or with something that is not a room listing
/// (<see cref="StatusCode"/> null). The message names the call and the status, never the key.
/// </summary>
public sealed class DialpadApiException : Exception
{
    public DialpadApiException()
    {
    }

    public DialpadApiException(string message)
        : base(message)
    {
    }

    public DialpadApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DialpadApiException(HttpStatusCode? statusCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>Dialpad's status, or null when the answer was 2xx but could not be read.</summary>
    public HttpStatusCode? StatusCode { get; }
}
