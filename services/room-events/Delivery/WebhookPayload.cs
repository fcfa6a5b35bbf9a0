using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conferencing.RoomEvents.Delivery;

/// <summary>
/// The body of a Slack-compatible incoming webhook (Slack, Mattermost and Rocket.Chat read the same one). Unfurling is off:
/// a chat must not fetch, and preview, links the message carries.
/// </summary>
public sealed record WebhookPayload(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("unfurl_links")] bool UnfurlLinks = false,
    [property: JsonPropertyName("unfurl_media")] bool UnfurlMedia = false)
{
    public string ToJson() => JsonSerializer.Serialize(this);
}
