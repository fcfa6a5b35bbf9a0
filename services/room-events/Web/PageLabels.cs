using System.Collections;
using System.Globalization;
using System.Resources;

namespace Conferencing.RoomEvents.Web;

/// <summary>The web page's words, from Resources/Page(.ru).resx, in one of the languages a team may have.</summary>
public static class PageLabels
{
    public const string DefaultLocale = "en";
    public static readonly IReadOnlyList<string> Locales = ["en", "ru"];

    private static readonly ResourceManager Resources = new("Conferencing.RoomEvents.Resources.Page", typeof(PageLabels).Assembly);

    /// <summary>The locale itself when the page has words for it, else English.</summary>
    public static string Supported(string? locale) =>
        locale is not null && Locales.Contains(locale.ToLowerInvariant()) ? locale.ToLowerInvariant() : DefaultLocale;

    /// <summary>Every label, by name; a name the language lacks falls back to the English words.</summary>
    public static IReadOnlyDictionary<string, string> For(string locale)
    {
        var culture = CultureInfo.GetCultureInfo(Supported(locale));
        var neutral = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)
            ?? throw new MissingManifestResourceException("The page's labels (Resources/Page.resx) are missing.");
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in neutral)
        {
            var name = (string)entry.Key;
            labels[name] = Resources.GetString(name, culture) ?? (string)entry.Value!;
        }
        return labels;
    }
}
