using System.Globalization;
using Conferencing.Contracts;
using Conferencing.RoomEvents.Invitations;

namespace Conferencing.RoomEvents.Delivery;

/// <summary>
/// The sentences of Resources/Invitations(.ru).resx in Slack's mrkdwn: the same words as the timeline, one translation.
/// The templates mark bold the Markdown way (<c>**x**</c>); Slack's bold is <c>*x*</c>. Only our templates are changed,
/// never the user text put into them.
/// </summary>
internal static class SlackTemplates
{
    public static string Get(string name, CultureInfo culture) =>
        InvitationTexts.Get(name, culture).Replace("**", "*", StringComparison.Ordinal);

    /// <param name="arguments">Already escaped with <see cref="SlackText.Escape"/> where they are user text.</param>
    public static string Format(string name, CultureInfo culture, params object[] arguments) =>
        string.Format(culture, Get(name, culture), arguments);

    public static string ProviderName(string provider, CultureInfo culture) => provider switch
    {
        ConferenceProviders.GoogleHangout => InvitationTexts.Get("Provider_GoogleHangout", culture),
        ConferenceProviders.UberConference => InvitationTexts.Get("Provider_UberConference", culture),
        _ => SlackText.Escape(provider),
    };
}
