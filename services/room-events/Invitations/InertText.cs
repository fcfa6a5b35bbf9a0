using System.Text;
using Conferencing.RoomEvents.Validation;

namespace Conferencing.RoomEvents.Invitations;

/// <summary>
/// The escaping every rendering of user text shares: HTML-like control characters become entities, mentions and bare
/// URLs are broken with zero-width characters, line breaks and direction overrides become spaces. Each target (Markdown,
/// Slack mrkdwn) adds what only it needs through <c>special</c>.
/// </summary>
public static class InertText
{
    // Joined to '@' so that "@channel", "@here" and "@user" read the same but mention no one.
    public const char ZeroWidthJoiner = '\u200D';

    // Put inside "://" so that a bare URL is not turned into a link by the chat's auto-linker.
    public const char ZeroWidthSpace = '\u200B';

    /// <param name="text">User text.</param>
    /// <param name="special">The target's own replacement for the character at an index of the text, or null for none.</param>
    public static string Escape(string text, Func<string, int, string?> special)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(special);
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
                case var _ when special(text, i) is { } replacement: escaped.Append(replacement); break;
                // Line breaks and direction overrides could rearrange the message around the user's text.
                case var _ when char.IsControl(c) || InputText.IsBidiControl(c): escaped.Append(' '); break;
                default: escaped.Append(c); break;
            }
        }
        return escaped.ToString().Trim();
    }
}
