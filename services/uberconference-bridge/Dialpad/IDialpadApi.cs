using Refit;

namespace Conferencing.UberConferenceBridge.Dialpad;

/// <summary>
/// The part of Dialpad API v2 the bridge calls, as a Refit interface (Refit generates the client at build time):
/// the company's meeting rooms, one page per call. <see cref="DialpadRefitSettings"/> supplies the key and the JSON.
/// </summary>
[Headers("Accept: application/json", "Authorization: Bearer")]
public interface IDialpadApi
{
    /// <summary>
    /// <c>GET api/v2/conference/rooms</c>, relative to <see cref="UberConferenceOptions.BaseUri"/>: the page after
    /// <paramref name="cursor"/>, or the first page when it is null (then no query is sent at all).
    /// </summary>
    /// <returns>The page; null when Dialpad answered 2xx with an empty body or <c>null</c>.</returns>
    /// <exception cref="ApiException">Dialpad answered with an error status, or with a body that is not JSON.</exception>
    /// <exception cref="ApiRequestException">No answer: a network fault, a timeout, an open circuit or a refused quota turn (its inner exception).</exception>
    [Get("/api/v2/conference/rooms")]
    Task<RoomPage?> ListRoomsAsync(string? cursor, CancellationToken cancellationToken);
}
