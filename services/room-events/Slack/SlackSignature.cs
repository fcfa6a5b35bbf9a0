using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Conferencing.RoomEvents.Slack;

/// <summary>
/// Slack's request signing (v0): <c>X-Slack-Signature</c> is <c>v0=</c> and the hex HMAC-SHA256, keyed with the signing
/// secret, of <c>v0:{X-Slack-Request-Timestamp}:{raw body}</c>. A request older or newer than five minutes is refused.
/// </summary>
public static class SlackSignature
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    /// <summary>How far a request's timestamp may be from our clock, either way.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>The moment the timestamp header names, when it is a Unix time within <see cref="Window"/> of <paramref name="now"/>.</summary>
    public static bool IsFresh(string? timestamp, DateTimeOffset now, out DateTimeOffset signedAt)
    {
        signedAt = default;
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            return false;
        signedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return (now - signedAt).Duration() <= Window;
    }

    /// <summary>
    /// Whether <paramref name="signature"/> is the one Slack makes for this timestamp and body. The comparison takes the
    /// same time however many leading characters match.
    /// </summary>
    public static bool Matches(string signingSecret, string timestamp, ReadOnlySpan<byte> body, string? signature)
    {
        if (signature is null)
            return false;
        var expected = Encoding.ASCII.GetBytes(Compute(signingSecret, timestamp, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(signature));
    }

    /// <summary><c>v0=</c> and the lower-case hex HMAC-SHA256 of <c>v0:{timestamp}:{body}</c>.</summary>
    public static string Compute(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), signed));
    }
}
