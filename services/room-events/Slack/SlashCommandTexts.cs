using System.Globalization;
using System.Resources;

namespace Conferencing.RoomEvents.Slack;

/// <summary>The answers to slash commands, from Resources/SlashCommands(.ru).resx, in the team's language.</summary>
internal static class SlashCommandTexts
{
    /// <summary>Before the team is known (an unknown workspace), answers are in English.</summary>
    public static readonly CultureInfo Default = CultureInfo.GetCultureInfo("en");

    private static readonly ResourceManager Resources =
        new("Conferencing.RoomEvents.Resources.SlashCommands", typeof(SlashCommandTexts).Assembly);

    public static string Get(string name, CultureInfo culture) =>
        Resources.GetString(name, culture) ?? throw new MissingManifestResourceException($"No slash-command text '{name}'.");

    public static string Format(string name, CultureInfo culture, params object[] arguments) =>
        string.Format(culture, Get(name, culture), arguments);
}
