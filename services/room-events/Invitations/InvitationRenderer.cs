using System.Globalization;
using System.Text.RegularExpressions;
using Conferencing.Contracts;

namespace Conferencing.RoomEvents.Invitations;

/// <summary>Words an invitation as Markdown in the team's language; user text is escaped, links are checked.</summary>
public static partial class InvitationRenderer
{
    private const string Separator = " · ";

    public static string Render(Invitation invitation, CultureInfo culture)
    {
        var provider = InvitationTexts.ProviderName(invitation.Provider, culture);
        var startedBy = MarkdownText.Escape(invitation.StartedBy);
        var headline = string.IsNullOrWhiteSpace(invitation.Topic)
            ? InvitationTexts.Format("Invitation_Started", culture, startedBy, provider)
            : InvitationTexts.Format("Invitation_StartedWithTopic", culture, startedBy, provider, MarkdownText.Escape(invitation.Topic));

        // An ended conference keeps its headline (who, what) and loses every way in: link, code, phone.
        IEnumerable<string> lines = invitation.HasEnded
            ? [headline, Shared(invitation, culture), InvitationTexts.Get("Invitation_HasEnded", culture)]
            : [
                headline,
                Shared(invitation, culture),
                .. invitation.RestrictedToDomain is { } domain ? Restriction(domain, invitation.ExcludedMembers, culture) : Join(invitation, culture),
                .. invitation.DialIn is { } dialIn ? Phone(invitation.Provider, dialIn, culture) : [],
                ProviderNote(invitation.Provider, culture),
            ];
        return string.Join('\n', lines.Where(line => line.Length > 0));
    }

    private static string Shared(Invitation invitation, CultureInfo culture) =>
        invitation.SharedBy is { } sharedBy
            ? InvitationTexts.Format("Invitation_SharedFrom", culture, MarkdownText.Escape(sharedBy), MarkdownText.Escape(invitation.SharedFrom ?? ""))
            : "";

    // A restricted conference's link is not shown to the room: the join endpoint hands it to permitted users only.
    private static string[] Restriction(string domain, IReadOnlyList<string> excluded, CultureInfo culture) =>
    [
        InvitationTexts.Format("Invitation_Restricted", culture, MarkdownText.Escape(domain)),
        excluded.Count > 0 ? InvitationTexts.Format("Invitation_Excluded", culture, string.Join(", ", excluded.Select(MarkdownText.Escape))) : "",
    ];

    private static string[] Join(Invitation invitation, CultureInfo culture) =>
    [
        Parts(
            MarkdownText.LinkTarget(invitation.JoinUrl) is { } joinUrl ? $"[{InvitationTexts.Get("Invitation_Join", culture)}]({joinUrl})" : "",
            string.IsNullOrWhiteSpace(invitation.MeetingCode) ? "" : InvitationTexts.Format("Invitation_MeetingCode", culture, MarkdownText.Escape(invitation.MeetingCode))),
    ];

    private static string[] Phone(string provider, DialIn dialIn, CultureInfo culture) =>
    [
        Parts(
            InvitationTexts.Format("Invitation_DialIn", culture, MarkdownText.Escape(dialIn.Number)),
            string.IsNullOrEmpty(dialIn.Pin) ? "" : InvitationTexts.Format("Invitation_Pin", culture, MarkdownText.Escape(PinDisplay.Group(dialIn.Pin)))),
        Parts(
            OneTapUri().IsMatch(dialIn.OneTapUri) ? $"[{InvitationTexts.Get("Invitation_OneTap", culture)}]({dialIn.OneTapUri})" : "",
            MarkdownText.LinkTarget(dialIn.MoreNumbersUrl) is { } moreNumbers ? $"[{InvitationTexts.Get("Invitation_MoreNumbers", culture)}]({moreNumbers})" : ""),
    ];

    // An UberConference room is joined with an UberConference account, which a newcomer is offered on the way in.
    private static string ProviderNote(string provider, CultureInfo culture) =>
        provider == ConferenceProviders.UberConference ? InvitationTexts.Get("Invitation_UberConferenceNewcomers", culture) : "";

    private static string Parts(params string[] parts) => string.Join(Separator, parts.Where(part => part.Length > 0));

    // The form DialIn.Create makes; anything else is not ours to put in a link, so it is left out.
    [GeneratedRegex(@"^tel:\+[0-9]+(,,[0-9]+%23)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OneTapUri();
}
