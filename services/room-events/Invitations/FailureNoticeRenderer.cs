using System.Globalization;
using Conferencing.Contracts;

namespace Conferencing.RoomEvents.Invitations;

/// <summary>Words a failed start as one sentence per reason code in the team's language, naming the provider.</summary>
public static class FailureNoticeRenderer
{
    public static string Render(FailureNotice notice, CultureInfo culture)
    {
        var sentence = InvitationTexts.Format(
            TextFor(notice.ReasonCode),
            culture,
            InvitationTexts.ProviderName(notice.Provider, culture),
            MarkdownText.Escape(notice.StartedBy),
            MarkdownText.Escape(notice.StarterEmail));
        return notice.RetryMayHelp ? $"{sentence} {InvitationTexts.Get("Failure_TryAgain", culture)}" : sentence;
    }

    internal static string TextFor(string reasonCode) => reasonCode switch
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
