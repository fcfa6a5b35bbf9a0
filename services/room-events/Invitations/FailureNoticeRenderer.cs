using System.Globalization;
using Conferencing.Contracts;

namespace Conferencing.RoomEvents.Invitations;

/// <summary>
/// Words a failed start as one sentence per reason code in the team's language, naming the provider: for the timeline in
/// Markdown, for a chat's webhook in its markup.
/// </summary>
public static class FailureNoticeRenderer
{
    public static string Render(FailureNotice notice, CultureInfo culture) => Render(notice, culture, MarkdownMarkup.Instance);

    public static string Render(FailureNotice notice, CultureInfo culture, InvitationMarkup markup)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(markup);
        var sentence = markup.Format(
            TextFor(notice.ReasonCode),
            culture,
            markup.ProviderName(notice.Provider, culture),
            markup.Escape(notice.StartedBy),
            markup.Escape(notice.StarterEmail));
        return notice.RetryMayHelp ? $"{sentence} {markup.Text("Failure_TryAgain", culture)}" : sentence;
    }

    private static string TextFor(string reasonCode) => reasonCode switch
    {
        FailureReasons.NotConfigured => "Failure_NotConfigured",
        FailureReasons.Forbidden => "Failure_Forbidden",
        FailureReasons.InvalidRequest => "Failure_InvalidRequest",
        FailureReasons.ProviderUnavailable => "Failure_ProviderUnavailable",
        FailureReasons.ProviderFailed => "Failure_ProviderFailed",
        FailureReasons.NoMeetingRoom => "Failure_NoMeetingRoom",
        _ => "Failure_Unknown",
    };
}
