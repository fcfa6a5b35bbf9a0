using Microsoft.AspNetCore.Http;

namespace Conferencing.RoomEvents.Slack;

/// <summary>
/// The fields of Slack's slash-command form that room-events uses. Slack's <c>team_id</c>, <c>channel_id</c> and
/// <c>user_id</c> are room-events' team, room and member ids (the chat backend registers them so).
/// </summary>
public sealed record SlashCommand(
    string Command, string Text, string TeamId, string ChannelId, string UserId, string TriggerId, bool IsSslCheck)
{
    public static SlashCommand From(IFormCollection form) => new(
        form["command"].ToString().Trim(),
        form["text"].ToString(),
        form["team_id"].ToString(),
        form["channel_id"].ToString(),
        form["user_id"].ToString(),
        form["trigger_id"].ToString(),
        form["ssl_check"] == "1");
}
