using System.Globalization;
using Conferencing.Contracts;

namespace Conferencing.RoomEvents.Invitations;

/// <summary>
/// Words an invitation in the team's language: for the timeline in Markdown, for a chat's webhook in its markup
/// (<see cref="InvitationMarkup"/>). User text is escaped; links come only from provider data, and only of the forms
/// the providers use.
/// </summary>
public static class InvitationRenderer
{
    private const string Separator = " · ";

    public static string Render(Invitation invitation, CultureInfo culture) => Render(invitation, culture, MarkdownMarkup.Instance);

    public static string Render(Invitation invitation, CultureInfo culture, InvitationMarkup markup)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(markup);
        var provider = markup.ProviderName(invitation.Provider, culture);
        var startedBy = markup.Escape(invitation.StartedBy);
        var headline = string.IsNullOrWhiteSpace(invitation.Topic)
            ? markup.Format("Invitation_Started", culture, startedBy, provider)
            : markup.Format("Invitation_StartedWithTopic", culture, startedBy, provider, markup.Escape(invitation.Topic));

        // An ended conference keeps its headline (who, what) and loses every way in: link, code, phone.
        IEnumerable<string> lines = invitation.HasEnded
            ? [headline, Shared(invitation, culture, markup), markup.Text("Invitation_HasEnded", culture)]
            : [
                headline,
                Shared(invitation, culture, markup),
                .. invitation.RestrictedToDomain is { } domain
                    ? Restriction(domain, invitation.ExcludedMembers, culture, markup)
                    : Join(invitation, culture, markup),
                .. invitation.DialIn is { } dialIn ? Phone(dialIn, culture, markup) : [],
                ProviderNote(invitation.Provider, culture, markup),
            ];
        return string.Join('\n', lines.Where(line => line.Length > 0));
    }

    private static string Shared(Invitation invitation, CultureInfo culture, InvitationMarkup markup) =>
        invitation.SharedBy is { } sharedBy
            ? markup.Format("Invitation_SharedFrom", culture, markup.Escape(sharedBy), markup.Escape(invitation.SharedFrom ?? ""))
            : "";

    // A restricted conference's link is not shown to the room: the join endpoint hands it to permitted users only.
    private static string[] Restriction(string domain, IReadOnlyList<string> excluded, CultureInfo culture, InvitationMarkup markup) =>
    [
        markup.Format("Invitation_Restricted", culture, markup.Escape(domain)),
        excluded.Count > 0 ? markup.Format("Invitation_Excluded", culture, string.Join(", ", excluded.Select(markup.Escape))) : "",
    ];

    private static string[] Join(Invitation invitation, CultureInfo culture, InvitationMarkup markup) =>
    [
        Parts(
            markup.WebLink(invitation.JoinUrl, markup.Text("Invitation_Join", culture)),
            string.IsNullOrWhiteSpace(invitation.MeetingCode) ? "" : markup.Format("Invitation_MeetingCode", culture, markup.Escape(invitation.MeetingCode))),
    ];

    private static string[] Phone(DialIn dialIn, CultureInfo culture, InvitationMarkup markup) =>
    [
        Parts(
            markup.Format("Invitation_DialIn", culture, markup.Escape(dialIn.Number)),
            string.IsNullOrEmpty(dialIn.Pin) ? "" : markup.Format("Invitation_Pin", culture, markup.Escape(PinDisplay.Group(dialIn.Pin)))),
        Parts(
            markup.PhoneLink(dialIn.OneTapUri, markup.Text("Invitation_OneTap", culture)),
            markup.WebLink(dialIn.MoreNumbersUrl, markup.Text("Invitation_MoreNumbers", culture))),
    ];

    // An UberConference room is joined with an UberConference account, which a newcomer is offered on the way in.
    private static string ProviderNote(string provider, CultureInfo culture, InvitationMarkup markup) =>
        provider == ConferenceProviders.UberConference ? markup.Text("Invitation_UberConferenceNewcomers", culture) : "";

    private static string Parts(params string[] parts) => string.Join(Separator, parts.Where(part => part.Length > 0));
}
