using System.Globalization;
using Conferencing.Contracts;
using Conferencing.RoomEvents.Invitations;

namespace Conferencing.RoomEvents.Delivery;

/// <summary>
/// Words an invitation for a chat's incoming webhook in Slack's mrkdwn, line for line as <see cref="InvitationRenderer"/>
/// words it for the timeline: user text escaped, links only from provider data.
/// </summary>
public static class SlackInvitationRenderer
{
    private const string Separator = " · ";

    public static string Render(Invitation invitation, CultureInfo culture)
    {
        var provider = SlackTemplates.ProviderName(invitation.Provider, culture);
        var startedBy = SlackText.Escape(invitation.StartedBy);
        var headline = string.IsNullOrWhiteSpace(invitation.Topic)
            ? SlackTemplates.Format("Invitation_Started", culture, startedBy, provider)
            : SlackTemplates.Format("Invitation_StartedWithTopic", culture, startedBy, provider, SlackText.Escape(invitation.Topic));

        // An ended conference keeps its headline (who, what) and loses every way in: link, code, phone.
        IEnumerable<string> lines = invitation.HasEnded
            ? [headline, Shared(invitation, culture), SlackTemplates.Get("Invitation_HasEnded", culture)]
            : [
                headline,
                Shared(invitation, culture),
                .. invitation.RestrictedToDomain is { } domain ? Restriction(domain, invitation.ExcludedMembers, culture) : Join(invitation, culture),
                .. invitation.DialIn is { } dialIn ? Phone(dialIn, culture) : [],
                invitation.Provider == ConferenceProviders.UberConference ? SlackTemplates.Get("Invitation_UberConferenceNewcomers", culture) : "",
            ];
        return string.Join('\n', lines.Where(line => line.Length > 0));
    }

    private static string Shared(Invitation invitation, CultureInfo culture) =>
        invitation.SharedBy is { } sharedBy
            ? SlackTemplates.Format("Invitation_SharedFrom", culture, SlackText.Escape(sharedBy), SlackText.Escape(invitation.SharedFrom ?? ""))
            : "";

    // A restricted conference's link is not shown to the room: the join endpoint hands it to permitted users only.
    private static string[] Restriction(string domain, IReadOnlyList<string> excluded, CultureInfo culture) =>
    [
        SlackTemplates.Format("Invitation_Restricted", culture, SlackText.Escape(domain)),
        excluded.Count > 0 ? SlackTemplates.Format("Invitation_Excluded", culture, string.Join(", ", excluded.Select(SlackText.Escape))) : "",
    ];

    private static string[] Join(Invitation invitation, CultureInfo culture) =>
    [
        Parts(
            SlackText.Link(invitation.JoinUrl, SlackTemplates.Get("Invitation_Join", culture)),
            string.IsNullOrWhiteSpace(invitation.MeetingCode) ? null : SlackTemplates.Format("Invitation_MeetingCode", culture, SlackText.Escape(invitation.MeetingCode))),
    ];

    private static string[] Phone(DialIn dialIn, CultureInfo culture) =>
    [
        Parts(
            SlackTemplates.Format("Invitation_DialIn", culture, SlackText.Escape(dialIn.Number)),
            string.IsNullOrEmpty(dialIn.Pin) ? null : SlackTemplates.Format("Invitation_Pin", culture, SlackText.Escape(PinDisplay.Group(dialIn.Pin)))),
        Parts(
            SlackText.Link(dialIn.OneTapUri, SlackTemplates.Get("Invitation_OneTap", culture)),
            SlackText.Link(dialIn.MoreNumbersUrl, SlackTemplates.Get("Invitation_MoreNumbers", culture))),
    ];

    private static string Parts(params string?[] parts) => string.Join(Separator, parts.Where(part => !string.IsNullOrEmpty(part)));
}
