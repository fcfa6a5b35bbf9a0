namespace Conferencing.RoomEvents.Slack;

/// <summary>
/// The slash command's log events (event ids 500-599): ids and reasons, never the signing secret, a signature or a
/// response URL.
/// </summary>
internal static partial class SlackLog
{
    [LoggerMessage(501, LogLevel.Warning, "Slack request refused: {Reason}")]
    public static partial void Refused(this ILogger logger, string reason);

    [LoggerMessage(502, LogLevel.Information, "Slash command {Command} from user {UserId} in channel {ChannelId} of team {TeamId}: {Answer}")]
    public static partial void Answered(this ILogger logger, string command, string userId, string channelId, string teamId, string answer);
}
