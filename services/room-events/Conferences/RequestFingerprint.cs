using System.Security.Cryptography;
using System.Text;
using Conferencing.RoomEvents.Api;

namespace Conferencing.RoomEvents.Conferences;

/// <summary>
/// What an <c>Idempotency-Key</c> is bound to: the meaning of the start request, not its bytes, so that
/// a retry that spaces or orders its JSON differently is still "the same request".
/// </summary>
public static class RequestFingerprint
{
    /// <param name="request">A validated request whose topic is already normalised (blank is null).</param>
    public static string Of(StartConferenceRequest request)
    {
        var canonical = $"{request.Provider}\n{request.Topic}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
