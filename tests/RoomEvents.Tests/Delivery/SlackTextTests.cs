using Conferencing.RoomEvents.Delivery;

namespace Conferencing.RoomEvents.Tests.Delivery;

public sealed class SlackTextTests
{
    private const string Zwj = "\u200D";
    private const string Zwsp = "\u200B";

    [Theory]
    [InlineData("<!channel> meeting", "&lt;!channel&gt; meeting")]
    [InlineData("<!here|here>", "&lt;!here|here&gt;")]
    [InlineData("<@U024BE7LH>", "&lt;@" + Zwj + "U024BE7LH&gt;")]
    [InlineData("<#C024BE7LR>", "&lt;#C024BE7LR&gt;")]
    [InlineData("R&D <b>", "R&amp;D &lt;b&gt;")]
    public void Escape_SlackControlSequences_BecomeEntities(string text, string expected) =>
        Assert.Equal(expected, SlackText.Escape(text));

    [Theory]
    [InlineData("@here", "@" + Zwj + "here")]
    [InlineData("@channel @everyone", "@" + Zwj + "channel @" + Zwj + "everyone")]
    [InlineData("ping @all", "ping @" + Zwj + "all")]
    public void Escape_BroadcastMentions_MentionNoOne(string text, string expected) =>
        Assert.Equal(expected, SlackText.Escape(text));

    [Fact]
    public void Escape_SlackLinkSyntax_StaysText()
    {
        Assert.Equal("&lt;https:" + Zwsp + "//evil.example|click&gt;", SlackText.Escape("<https://evil.example|click>"));
    }

    [Fact]
    public void Escape_MarkdownLinkSyntax_IsNotALinkInMattermostEither()
    {
        Assert.Equal("[click]" + Zwsp + "(https:" + Zwsp + "//evil.example)", SlackText.Escape("[click](https://evil.example)"));
    }

    [Fact]
    public void Escape_LineBreaksAndDirectionOverrides_BecomeSpaces()
    {
        Assert.Equal("one two three four", SlackText.Escape("one\ntwo\u202Ethree\u2028four"));
    }

    [Fact]
    public void Escape_CyrillicAndEmoji_Kept()
    {
        Assert.Equal("Планёрка 🎉👩‍👩‍👧", SlackText.Escape("Планёрка 🎉👩‍👩‍👧"));
    }

    [Theory]
    [InlineData("https://meet.google.com/abc-mnop-xyz", "<https://meet.google.com/abc-mnop-xyz|Join>")]
    [InlineData("https://tel.meet/abc?pin=1&x=2", "<https://tel.meet/abc?pin=1&amp;x=2|Join>")]
    [InlineData("tel:+15550100199,,123456789%23", "<tel:+15550100199,,123456789%23|Join>")]
    public void Link_ProviderTarget_SlackLink(string target, string expected) =>
        Assert.Equal(expected, SlackText.Link(target, "Join"));

    [Fact]
    public void Link_UrlWithCharactersThatWouldEndTheLink_PercentEncoded() =>
        Assert.Equal("<https://meet.example/a%7C%3C!channel%3E|Join>", SlackText.Link("https://meet.example/a|<!channel>", "Join"));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("tel:+1555;ext=<!channel>")]
    [InlineData("ftp://files.example/")]
    [InlineData("/relative")]
    [InlineData(null)]
    public void Link_AnythingElse_NoLink(string? target) =>
        Assert.Null(SlackText.Link(target, "Join"));
}
