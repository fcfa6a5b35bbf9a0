using Conferencing.RoomEvents.Invitations;

namespace Conferencing.RoomEvents.Delivery;

/// <summary>
/// Makes user text (topics, names, domains) inert in Slack's mrkdwn, and in the Markdown that Mattermost and Rocket.Chat
/// read the same payload as: it shows the same words, but cannot ping, link or break the message's layout.
/// Links come only from provider data, as <c>&lt;url|label&gt;</c>.
/// </summary>
public static class SlackText
{
    /// <summary>
    /// <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> become entities (Slack's control characters: a user's <c>&lt;!channel&gt;</c>
    /// or <c>&lt;https://evil|click&gt;</c> stays text); mentions and links are broken with zero-width characters; line
    /// breaks and direction overrides become spaces. Everything else, Cyrillic and emoji included, is kept as it is.
    /// </summary>
    public static string Escape(string text) => InertText.Escape(text, (value, i) => value[i] switch
    {
        // Inside "](" so that Markdown link syntax stays text where Mattermost reads the payload as Markdown.
        ']' when i + 1 < value.Length && value[i + 1] == '(' => "]" + InertText.ZeroWidthSpace,
        '\u2028' or '\u2029' => " ",
        _ => null,
    });

    /// <summary>
    /// <c>&lt;url|label&gt;</c> for an http(s) URL or a one-tap <c>tel:</c> URI of the form the bridges make; null (no link)
    /// for anything else, or for a URL that holds a character that could end the link early.
    /// </summary>
    public static string? Link(string? target, string label) =>
        WebLink(target, label) ?? (InvitationMarkup.IsOneTapUri(target) ? Wrap(target!, label) : null);

    /// <summary><c>&lt;url|label&gt;</c> for an http(s) URL that cannot end the link early; null for anything else.</summary>
    public static string? WebLink(string? target, string label) => HttpTarget(target) is { } url ? Wrap(url, label) : null;

    private static string Wrap(string url, string label) => $"<{url.Replace("&", "&amp;", StringComparison.Ordinal)}|{Escape(label)}>";

    private static string? HttpTarget(string? target)
    {
        if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            return null;
        var url = uri.AbsoluteUri;
        return url.AsSpan().IndexOfAny("|<> \"") >= 0 || url.Any(char.IsControl) ? null : url;
    }
}
