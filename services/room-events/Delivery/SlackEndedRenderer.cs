using System.Globalization;
using Conferencing.RoomEvents.Invitations;

namespace Conferencing.RoomEvents.Delivery;

/// <summary>Words the "conference ended" follow-up for a chat's incoming webhook, as <see cref="EndedNoticeRenderer"/> does for the timeline.</summary>
public static class SlackEndedRenderer
{
    public static string Render(EndedNotice notice, CultureInfo culture)
    {
        var provider = SlackTemplates.ProviderName(notice.Provider, culture);
        var topic = string.IsNullOrWhiteSpace(notice.Topic) ? null : SlackText.Escape(notice.Topic);
        return (notice.EndedBy, topic) switch
        {
            ({ } by, null) => SlackTemplates.Format("Ended_By", culture, SlackText.Escape(by), provider),
            ({ } by, { } about) => SlackTemplates.Format("Ended_ByWithTopic", culture, SlackText.Escape(by), provider, about),
            (null, null) => SlackTemplates.Format("Ended_Expired", culture, provider),
            (null, { } about) => SlackTemplates.Format("Ended_ExpiredWithTopic", culture, provider, about),
        };
    }
}
