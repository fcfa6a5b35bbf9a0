using System.Globalization;
using Conferencing.RoomEvents.Invitations;

namespace Conferencing.RoomEvents.Delivery;

/// <summary>
/// A chat's incoming webhook in Slack's mrkdwn: <see cref="SlackText"/> escapes, <c>&lt;url|label&gt;</c> links, and the
/// sentences of Resources/Invitations(.ru).resx (the same words as the timeline, one translation) with Slack's bold:
/// they mark bold the Markdown way (<c>**x**</c>), Slack's is <c>*x*</c>. Only our sentences change, never the user text
/// put into them.
/// </summary>
public sealed class SlackMarkup : InvitationMarkup
{
    public static SlackMarkup Instance { get; } = new();

    private SlackMarkup()
    {
    }

    public override string Escape(string text) => SlackText.Escape(text);

    public override string Text(string name, CultureInfo culture) =>
        InvitationTexts.Get(name, culture).Replace("**", "*", StringComparison.Ordinal);

    public override string WebLink(string? url, string label) => SlackText.WebLink(url, label) ?? "";

    protected override string Link(string target, string label) => SlackText.Link(target, label) ?? "";
}
