using System.Collections;
using System.Globalization;
using System.Resources;
using Conferencing.RoomEvents.Invitations;

namespace Conferencing.RoomEvents.Tests.Invitations;

public sealed class InvitationTextsTests
{
    private static readonly ResourceManager Resources =
        new("Conferencing.RoomEvents.Resources.Invitations", typeof(InvitationRenderer).Assembly);

    [Fact]
    public void RussianTexts_EveryEnglishText_HasARussianTranslation()
    {
        var english = Names(CultureInfo.InvariantCulture);
        var russian = Names(CultureInfo.GetCultureInfo("ru"));

        Assert.NotEmpty(english);
        Assert.Empty(english.Except(russian));
        Assert.Empty(russian.Except(english));
    }

    [Fact]
    public void RussianTexts_EachText_KeepsTheSamePlaceholders()
    {
        var russian = Resources.GetResourceSet(CultureInfo.GetCultureInfo("ru"), createIfNotExists: true, tryParents: false)!;
        foreach (var name in Names(CultureInfo.InvariantCulture))
        {
            var en = Resources.GetString(name, CultureInfo.InvariantCulture)!;
            var ru = russian.GetString(name)!;
            for (var i = 0; i < 3; i++)
                Assert.True(en.Contains($"{{{i}}}", StringComparison.Ordinal) == ru.Contains($"{{{i}}}", StringComparison.Ordinal), $"{name}: placeholder {{{i}}}");
        }
    }

    private static HashSet<string> Names(CultureInfo culture)
    {
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!;
        return [.. set.Cast<DictionaryEntry>().Select(entry => (string)entry.Key)];
    }
}
