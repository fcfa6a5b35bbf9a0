using Conferencing.RoomEvents.Web;

namespace Conferencing.RoomEvents.Tests.Web;

public sealed class PageLabelsTests
{
    // The same in both languages on purpose: product names and an abbreviation.
    private static readonly string[] SameInRussian = ["Provider_GoogleHangout", "Provider_UberConference", "Card_Pin"];

    [Fact]
    public void For_Russian_EveryLabelTranslated()
    {
        var english = PageLabels.For("en");
        var russian = PageLabels.For("ru");

        Assert.Equal(english.Keys, russian.Keys);
        var untranslated = english.Keys.Where(name => english[name] == russian[name] && !SameInRussian.Contains(name));
        Assert.Empty(untranslated);
    }

    [Fact]
    public void For_Labels_PlaceholdersAgreeBetweenLanguages()
    {
        var english = PageLabels.For("en");
        var russian = PageLabels.For("ru");

        foreach (var (name, text) in english)
            Assert.True(text.Contains("{0}", StringComparison.Ordinal) == russian[name].Contains("{0}", StringComparison.Ordinal), name);
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("RU", "ru")]
    [InlineData("de", "en")]
    public void Supported_Locale_ItselfOrEnglish(string? locale, string expected) =>
        Assert.Equal(expected, PageLabels.Supported(locale));
}
