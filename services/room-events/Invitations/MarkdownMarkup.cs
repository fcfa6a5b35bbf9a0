using System.Globalization;

namespace Conferencing.RoomEvents.Invitations;

/// <summary>The timeline's Markdown: backslash escapes, <c>[label](url)</c> links, the sentences as written.</summary>
public sealed class MarkdownMarkup : InvitationMarkup
{
    public static MarkdownMarkup Instance { get; } = new();

    private MarkdownMarkup()
    {
    }

    public override string Escape(string text) => MarkdownText.Escape(text);

    public override string Text(string name, CultureInfo culture) => InvitationTexts.Get(name, culture);

    public override string WebLink(string? url, string label) =>
        MarkdownText.LinkTarget(url) is { } target ? Link(target, label) : "";

    protected override string Link(string target, string label) => $"[{label}]({target})";
}
