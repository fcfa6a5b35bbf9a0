namespace Conferencing.RoomEvents.Slack;

/// <summary>The Slack app's settings (configuration section <c>Slack</c>).</summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    /// <summary>
    /// The app's signing secret (Slack: Basic Information → App Credentials), which verifies that a slash command came
    /// from Slack. A secret: never logged. Without it, <c>POST /slack/commands</c> answers 404.
    /// </summary>
    public string? SigningSecret { get; set; }
}
