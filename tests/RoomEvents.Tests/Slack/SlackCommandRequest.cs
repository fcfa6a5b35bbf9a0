using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Conferencing.RoomEvents.Tests.Slack;

/// <summary>
/// A slash command as Slack sends it: an urlencoded form, signed with the app's signing secret. The signature is computed
/// here from Slack's documented recipe, not with the service's own code.
/// </summary>
public sealed record SlackCommandRequest(string Command, string Text, string TeamId, string ChannelId, string UserId, string? TriggerId = null)
{
    public string Trigger { get; } = TriggerId ?? $"{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}.47445629121.{Guid.NewGuid():N}";

    public string Body => string.Join('&', new Dictionary<string, string>
    {
        ["token"] = "deprecated-verification-token",
        ["team_id"] = TeamId,
        ["team_domain"] = "acme",
        ["channel_id"] = ChannelId,
        ["channel_name"] = "general",
        ["user_id"] = UserId,
        ["user_name"] = "alice",
        ["command"] = Command,
        ["text"] = Text,
        ["api_app_id"] = "A123456",
        ["is_enterprise_install"] = "false",
        ["response_url"] = "https://hooks.slack.com/commands/T1DC2JH3J/397700885554/96rGlfmibIGlgcZRskXaIFfN",
        ["trigger_id"] = Trigger,
    }.Select(pair => $"{pair.Key}={Uri.EscapeDataString(pair.Value).Replace("%20", "+", StringComparison.Ordinal)}"));

    /// <summary>The request, signed at <paramref name="signedAt"/> (now by default) with <paramref name="secret"/>.</summary>
    public HttpRequestMessage SignedRequest(string secret = SlackHost.SigningSecret, DateTimeOffset? signedAt = null, string? signature = null)
    {
        var timestamp = (signedAt ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands")
        {
            Content = new StringContent(Body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature ?? Sign(secret, timestamp, Body));
        return request;
    }

    public static string Sign(string secret, string timestamp, string body) =>
        "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
}
