using System.Text.Json.Serialization;

namespace Conferencing.RoomEvents.Slack;

/// <summary>The immediate answer to a slash command: shown only to the user who typed it (<c>ephemeral</c>), in mrkdwn.</summary>
public sealed record SlackReply(
    [property: JsonPropertyName("response_type")] string ResponseType,
    [property: JsonPropertyName("text")] string Text)
{
    public static SlackReply Ephemeral(string text) => new("ephemeral", text);
}
