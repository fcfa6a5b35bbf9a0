using System.Globalization;
using System.Text.RegularExpressions;
using Conferencing.Contracts;

namespace Conferencing.RoomEvents.Invitations;

/// <summary>
/// What differs between the places an invitation or notice is written (the timeline's Markdown, a chat's Slack mrkdwn):
/// how user text is made inert, how a link is written, how the sentences mark bold. <see cref="InvitationRenderer"/>,
/// <see cref="FailureNoticeRenderer"/> and <see cref="EndedNoticeRenderer"/> do the rest once for both.
/// </summary>
public abstract partial class InvitationMarkup
{
    /// <summary>User text (a topic, a name, a domain) made inert: it shows as the same words and cannot format, link or ping.</summary>
    public abstract string Escape(string text);

    /// <summary>One of Resources/Invitations' sentences, marked up for this place.</summary>
    public abstract string Text(string name, CultureInfo culture);

    /// <summary>A link to an http(s) URL, or an empty string when <paramref name="url"/> is not one that is safe to write.</summary>
    public abstract string WebLink(string? url, string label);

    /// <summary>A link to a one-tap <c>tel:</c> URI of the form the bridges make (<see cref="DialIn.Create"/>), or an empty string.</summary>
    public string PhoneLink(string? oneTapUri, string label) => IsOneTapUri(oneTapUri) ? Link(oneTapUri!, label) : "";

    /// <summary>Whether <paramref name="uri"/> is a one-tap <c>tel:</c> URI of the form the bridges make, and nothing else.</summary>
    public static bool IsOneTapUri(string? uri) => uri is not null && OneTapUri().IsMatch(uri);

    public string Format(string name, CultureInfo culture, params object[] arguments) =>
        string.Format(culture, Text(name, culture), arguments);

    /// <summary>The provider as people know it; an unknown provider name is data and so escaped.</summary>
    public string ProviderName(string provider, CultureInfo culture) => provider switch
    {
        ConferenceProviders.GoogleHangout => Text("Provider_GoogleHangout", culture),
        ConferenceProviders.UberConference => Text("Provider_UberConference", culture),
        _ => Escape(provider),
    };

    /// <summary>A link to a target already checked to be safe in this markup.</summary>
    protected abstract string Link(string target, string label);

    // The form DialIn.Create makes: digits, then the PIN after two pauses with '#' percent-encoded.
    [GeneratedRegex(@"^tel:\+[0-9]+(,,[0-9]+%23)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OneTapUri();
}
