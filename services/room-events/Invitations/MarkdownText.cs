using System.Text;
using Conferencing.RoomEvents.Validation;

namespace Conferencing.RoomEvents.Invitations;

/// <summary>
/// Makes user text (topics, names) inert in Markdown: it renders as the same words, but cannot format,
/// link, ping a channel or break the message's layout.
/// </summary>
public static class MarkdownText
{
    // Joined to '@' so that "@channel", "@here" and "@user" read the same but mention no one.
    private const char ZeroWidthJoiner = '\u200D';

    // Put inside "://" so that a bare URL is not turned into a link by the chat's auto-linker.
    private const char ZeroWidthSpace = '\u200B';

    private const string BackslashEscaped = "\\`*_{}[]()#+-.!|~";

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '@': escaped.Append('@').Append(ZeroWidthJoiner); break;
                case ':' when string.CompareOrdinal(text, i + 1, "//", 0, 2) == 0: escaped.Append(':').Append(ZeroWidthSpace); break;
                case var _ when BackslashEscaped.Contains(c, StringComparison.Ordinal): escaped.Append('\\').Append(c); break;
                // Line breaks and direction overrides could rearrange the message around the user's text.
                case var _ when char.IsControl(c) || InputText.IsBidiControl(c): escaped.Append(' '); break;
                default: escaped.Append(c); break;
            }
        }
        return escaped.ToString().Trim();
    }

    /// <summary>An http(s) link target that cannot close the Markdown link early, or null when it is not one.</summary>
    public static string? LinkTarget(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
            : null;
}
