namespace Conferencing.RoomEvents.Invitations;

/// <summary>
/// Makes user text (topics, names) inert in Markdown: it renders as the same words, but cannot format,
/// link, ping a channel or break the message's layout.
/// </summary>
public static class MarkdownText
{
    private const string BackslashEscaped = "\\`*_{}[]()#+-.!|~";

    public static string Escape(string text) => InertText.Escape(text, (value, i) =>
        BackslashEscaped.Contains(value[i], StringComparison.Ordinal) ? "\\" + value[i] : null);

    /// <summary>An http(s) link target that cannot close the Markdown link early, or null when it is not one.</summary>
    public static string? LinkTarget(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
            : null;
}
