using System.Globalization;

namespace Conferencing.RoomEvents.Invitations;

/// <summary>Words the follow-up that tells a room its conference ended, in the team's language.</summary>
public static class EndedNoticeRenderer
{
    public static string Render(EndedNotice notice, CultureInfo culture)
    {
        var provider = InvitationTexts.ProviderName(notice.Provider, culture);
        var topic = string.IsNullOrWhiteSpace(notice.Topic) ? null : MarkdownText.Escape(notice.Topic);
        return (notice.EndedBy, topic) switch
        {
            ({ } by, null) => InvitationTexts.Format("Ended_By", culture, MarkdownText.Escape(by), provider),
            ({ } by, { } about) => InvitationTexts.Format("Ended_ByWithTopic", culture, MarkdownText.Escape(by), provider, about),
            (null, null) => InvitationTexts.Format("Ended_Expired", culture, provider),
            (null, { } about) => InvitationTexts.Format("Ended_ExpiredWithTopic", culture, provider, about),
        };
    }
}
