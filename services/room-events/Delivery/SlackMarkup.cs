using System.Globalization;
using Conferencing.RoomEvents.Invitations;

namespace Conferencing.RoomEvents.Delivery;

/// <summary>A chat's incoming webhook in Slack's mrkdwn: <see cref="SlackText"/> escapes, <c>&lt;url|label&gt;</c> links, Slack's bold.</summary>
public sealed class SlackMarkup : InvitationMarkup
{
    public static SlackMarkup Instance { get; } = new();

    private SlackMarkup()
    {
    }

    public override string Escape(string text) => SlackText.Escape(text);

    public override string Text(string name, CultureInfo culture) => SlackTemplates.Get(name, culture);

    public override string WebLink(string? url, string label) => SlackText.WebLink(url, label) ?? "";

    protected override string Link(string target, string label) => SlackText.Link(target, label) ?? "";
}
