using System.Globalization;
using System.Resources;
using Conferencing.Contracts;

namespace Conferencing.RoomEvents.Invitations;

/// <summary>The invitation and failure sentences of Resources/Invitations(.ru).resx, by the team's language.</summary>
internal static class InvitationTexts
{
    private static readonly ResourceManager Resources =
        new("Conferencing.RoomEvents.Resources.Invitations", typeof(InvitationTexts).Assembly);

    /// <summary>The culture of a team's locale (<c>en</c>, <c>ru</c>); anything else falls back to the English texts.</summary>
    public static CultureInfo CultureFor(string locale) => CultureInfo.GetCultureInfo(locale);

    public static string Get(string name, CultureInfo culture) =>
        Resources.GetString(name, culture) ?? throw new MissingManifestResourceException($"No invitation text '{name}'.");
}
