using Conferencing.RoomEvents.Invitations;

namespace Conferencing.RoomEvents.Tests.Invitations;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("plain words", "plain words")]
    [InlineData("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`")]
    [InlineData("[x](y)", "\\[x\\]\\(y\\)")]
    [InlineData("# 1. + - ! | { } ~ \\", "\\# 1\\. \\+ \\- \\! \\| \\{ \\} \\~ \\\\")]
    [InlineData("Tom & Jerry", "Tom &amp; Jerry")]
    [InlineData("<b>hi</b>", "&lt;b&gt;hi&lt;/b&gt;")]
    [InlineData("<!channel>", "&lt;\\!channel&gt;")]
    public void Escape_MarkdownAndHtmlSpecials_AreEscaped(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(text));

    [Theory]
    [InlineData("@channel")]
    [InlineData("@here")]
    [InlineData("hi @all")]
    public void Escape_Mention_IsBrokenWithZeroWidthJoiner(string text)
    {
        var escaped = MarkdownText.Escape(text);

        Assert.DoesNotContain("@c", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("@h", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("@a", escaped, StringComparison.Ordinal);
        Assert.Contains("@\u200D", escaped, StringComparison.Ordinal);
    }

    [Fact]
    public void Escape_BareUrl_CannotBeAutoLinked()
    {
        var escaped = MarkdownText.Escape("see https://evil.example/login");

        Assert.DoesNotContain("://", escaped, StringComparison.Ordinal);
        Assert.Contains("https:\u200B//evil\\.example/login", escaped, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("line\nbreak", "line break")]
    [InlineData("tab\there", "tab here")]
    [InlineData("abc\u202Eevil", "abc evil")]
    [InlineData("x\u2066y\u2069", "x y")]
    public void Escape_ControlAndBidiCharacters_BecomeSpaces(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(text));

    [Theory]
    [InlineData("https://meet.google.com/abc-mnop-xyz", "https://meet.google.com/abc-mnop-xyz")]
    [InlineData("https://x.example/a)b(c", "https://x.example/a%29b%28c")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("not a url", null)]
    [InlineData(null, null)]
    public void LinkTarget_Url_OnlyHttpAndNeverClosesTheLink(string? url, string? expected) =>
        Assert.Equal(expected, MarkdownText.LinkTarget(url));
}
