using System.Globalization;
using Conferencing.RoomEvents.Invitations;

namespace Conferencing.RoomEvents.Delivery;

/// <summary>Words a failed start for a chat's incoming webhook: the timeline's sentence, with names escaped for Slack.</summary>
public static class SlackFailureRenderer
{
    public static string Render(FailureNotice notice, CultureInfo culture)
    {
        var sentence = SlackTemplates.Format(
            FailureNoticeRenderer.TextFor(notice.ReasonCode),
            culture,
            SlackTemplates.ProviderName(notice.Provider, culture),
            SlackText.Escape(notice.StartedBy),
            SlackText.Escape(notice.StarterEmail));
        return notice.RetryMayHelp ? $"{sentence} {SlackTemplates.Get("Failure_TryAgain", culture)}" : sentence;
    }

}
