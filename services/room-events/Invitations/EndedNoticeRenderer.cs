using System.Globalization;

namespace Conferencing.RoomEvents.Invitations;

/// <summary>
/// Words the follow-up that tells a room its conference ended, in the team's language: for the timeline in Markdown, for
/// a chat's webhook in its markup.
/// </summary>
public static class EndedNoticeRenderer
{
    public static string Render(EndedNotice notice, CultureInfo culture) => Render(notice, culture, MarkdownMarkup.Instance);

    public static string Render(EndedNotice notice, CultureInfo culture, InvitationMarkup markup)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(markup);
        var provider = markup.ProviderName(notice.Provider, culture);
        var topic = string.IsNullOrWhiteSpace(notice.Topic) ? null : markup.Escape(notice.Topic);
        return (notice.EndedBy, topic) switch
        {
            ({ } by, null) => markup.Format("Ended_By", culture, markup.Escape(by), provider),
            ({ } by, { } about) => markup.Format("Ended_ByWithTopic", culture, markup.Escape(by), provider, about),
            (null, null) => markup.Format("Ended_Expired", culture, provider),
            (null, { } about) => markup.Format("Ended_ExpiredWithTopic", culture, provider, about),
        };
    }
}
