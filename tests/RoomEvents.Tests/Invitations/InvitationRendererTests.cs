using System.Globalization;
using Conferencing.Contracts;
using Conferencing.RoomEvents.Invitations;

namespace Conferencing.RoomEvents.Tests.Invitations;

public sealed class InvitationRendererTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");
    private const string MeetLink = "https://meet.google.com/abc-mnop-xyz";
    private static readonly DialIn Phone = DialIn.Create("+1 555-010-0199", "123456789", "https://tel.meet/abc-mnop-xyz?pin=123456789");

    private static Invitation Open(string? topic = "Weekly sync", DialIn? dialIn = null, string startedBy = "Alice Smith") =>
        new(ConferenceProviders.GoogleHangout, topic, startedBy, MeetLink, "abc-mnop-xyz", dialIn, null, []);

    private static Invitation Restricted(params string[] excluded) =>
        new(ConferenceProviders.GoogleHangout, "Board", "Alice", MeetLink, "abc-mnop-xyz", null, "example.com", excluded);

    [Fact]
    public void Render_OpenConferenceWithDialInInEnglish_ShowsEverySection()
    {
        var text = InvitationRenderer.Render(Open(dialIn: Phone), English);

        Assert.Equal(
            "**Alice Smith** started a conference on Google Meet: **Weekly sync**\n"
            + "[Join](https://meet.google.com/abc-mnop-xyz) · Meeting code: abc\\-mnop\\-xyz\n"
            + "Dial-in: \\+1 555\\-010\\-0199 · PIN: 123 456 789#\n"
            + "[Dial with one tap](tel:+15550100199,,123456789%23) · [More phone numbers](https://tel.meet/abc-mnop-xyz?pin=123456789)",
            text);
    }

    [Fact]
    public void Render_OpenConferenceWithDialInInRussian_ShowsEverySectionInRussian()
    {
        var text = InvitationRenderer.Render(Open(dialIn: Phone), Russian);

        Assert.Equal(
            "**Alice Smith** начинает конференцию Google Meet: **Weekly sync**\n"
            + "[Присоединиться](https://meet.google.com/abc-mnop-xyz) · Код встречи: abc\\-mnop\\-xyz\n"
            + "Номер для подключения: \\+1 555\\-010\\-0199 · PIN: 123 456 789#\n"
            + "[Позвонить одним нажатием](tel:+15550100199,,123456789%23) · [Другие номера](https://tel.meet/abc-mnop-xyz?pin=123456789)",
            text);
    }

    [Fact]
    public void Render_WithoutTopicOrDialIn_HasNoTopicAndNoPhoneSection()
    {
        var text = InvitationRenderer.Render(Open(topic: null), English);

        Assert.Equal(
            "**Alice Smith** started a conference on Google Meet.\n"
            + "[Join](https://meet.google.com/abc-mnop-xyz) · Meeting code: abc\\-mnop\\-xyz",
            text);
    }

    [Fact]
    public void Render_DialInWithoutPin_HasNoPinAndNoPause()
    {
        var text = InvitationRenderer.Render(Open(dialIn: DialIn.Create("+44 20 3873 7654", null, null)), English);

        Assert.Contains("Dial-in: \\+44 20 3873 7654\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PIN", text, StringComparison.Ordinal);
        Assert.EndsWith("[Dial with one tap](tel:+442038737654)", text, StringComparison.Ordinal);
    }

    private const string RoomLink = "https://meetings.dialpad.com/room/alice";

    private static Invitation UberConference(DialIn? dialIn, string? topic = "Weekly sync") =>
        new(ConferenceProviders.UberConference, topic, "Alice Smith", RoomLink, null, dialIn, null, []);

    [Fact]
    public void Render_UberConferenceWithPinInEnglish_JoinDialInPinOneTapAndNewcomerNote()
    {
        var text = InvitationRenderer.Render(UberConference(DialIn.Create("+1 555 010 0199", "123456", null)), English);

        Assert.Equal(
            "**Alice Smith** started a conference on UberConference: **Weekly sync**\n"
            + "[Join](https://meetings.dialpad.com/room/alice)\n"
            + "Dial-in: \\+1 555 010 0199 · PIN: 123 456#\n"
            + "[Dial with one tap](tel:+15550100199,,123456%23)\n"
            + "If you don't have an UberConference account yet, you'll be offered one when you join.",
            text);
    }

    [Fact]
    public void Render_UberConferenceWithPinInRussian_EverySectionInRussian()
    {
        var text = InvitationRenderer.Render(UberConference(DialIn.Create("+1 555 010 0199", "123456", null)), Russian);

        Assert.Equal(
            "**Alice Smith** начинает конференцию UberConference: **Weekly sync**\n"
            + "[Присоединиться](https://meetings.dialpad.com/room/alice)\n"
            + "Номер для подключения: \\+1 555 010 0199 · PIN: 123 456#\n"
            + "[Позвонить одним нажатием](tel:+15550100199,,123456%23)\n"
            + "Если у вас ещё нет аккаунта UberConference, вам предложат его создать при входе.",
            text);
    }

    [Fact]
    public void Render_UberConferenceWithoutPin_OneTapOnlyDials()
    {
        var text = InvitationRenderer.Render(UberConference(DialIn.Create("+1 555 010 0199", null, null), topic: null), English);

        Assert.StartsWith("**Alice Smith** started a conference on UberConference.\n", text, StringComparison.Ordinal);
        Assert.Contains("Dial-in: \\+1 555 010 0199\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PIN", text, StringComparison.Ordinal);
        Assert.Contains("[Dial with one tap](tel:+15550100199)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UberConferenceRoomWithoutNumber_JoinLinkAndNoteOnly()
    {
        var text = InvitationRenderer.Render(UberConference(dialIn: null), English);

        Assert.Equal(
            "**Alice Smith** started a conference on UberConference: **Weekly sync**\n"
            + "[Join](https://meetings.dialpad.com/room/alice)\n"
            + "If you don't have an UberConference account yet, you'll be offered one when you join.",
            text);
    }

    [Fact]
    public void Render_RestrictedConferenceInEnglish_NamesDomainAndExcludedWithoutMeetLink()
    {
        var text = InvitationRenderer.Render(Restricted("Bob", "Carol"), English);

        Assert.Equal(
            "**Alice** started a conference on Google Meet: **Board**\n"
            + "Only accounts of example\\.com can join: the Join button gives them the link.\n"
            + "Cannot join: Bob, Carol",
            text);
        Assert.DoesNotContain("meet.google.com", text, StringComparison.Ordinal);
        Assert.DoesNotContain("abc-mnop", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RestrictedConferenceInRussian_NamesDomainAndExcludedWithoutMeetLink()
    {
        var text = InvitationRenderer.Render(Restricted("Боб"), Russian);

        Assert.Contains("Присоединиться могут только аккаунты example\\.com", text, StringComparison.Ordinal);
        Assert.Contains("Не смогут присоединиться: Боб", text, StringComparison.Ordinal);
        Assert.DoesNotContain("meet.google.com", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RestrictedWithNobodyExcluded_HasNoExclusionLine()
    {
        var text = InvitationRenderer.Render(Restricted(), English);

        Assert.DoesNotContain("Cannot join", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click me](https://evil.example/steal)")]
    [InlineData("![pixel](https://evil.example/p.png)")]
    [InlineData("https://evil.example/steal")]
    [InlineData("<https://evil.example/steal>")]
    [InlineData("@channel @here meeting")]
    [InlineData("<!channel> <!here> now")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("**loud** _and_ `code` # heading")]
    public void Render_HostileTopic_CannotFormatLinkOrPing(string topic)
    {
        var text = InvitationRenderer.Render(Open(topic: topic), English);

        AssertInert(text.Split('\n')[0]);
        Assert.Equal(1, CountOccurrences(text, "]("));
    }

    [Theory]
    [InlineData("[Mallory](https://evil.example)")]
    [InlineData("@here Mallory")]
    [InlineData("<!everyone>")]
    public void Render_HostileNames_AreEscapedForStarterAndExcluded(string name)
    {
        var open = InvitationRenderer.Render(Open(startedBy: name), English);
        var restricted = InvitationRenderer.Render(Restricted(name), English);

        AssertInert(open.Split('\n')[0]);
        AssertInert(restricted);
    }

    [Fact]
    public void Render_OneTapUriThatIsNotTel_IsLeftOut()
    {
        var forged = new DialIn("+1 555 010 0199", "1234", "https://evil.example/tap", "javascript:alert(1)");

        var text = InvitationRenderer.Render(Open(dialIn: forged), English);

        Assert.DoesNotContain("evil", text, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", text, StringComparison.Ordinal);
        Assert.Contains("PIN: 123 4#", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_JoinUrlWithParenthesis_CannotCloseTheLinkEarly()
    {
        var invitation = Open() with { JoinUrl = "https://meet.google.com/x)[evil](https://evil.example" };

        var text = InvitationRenderer.Render(invitation, English);

        Assert.Contains("[Join](https://meet.google.com/x%29[evil]%28https://evil.example)", text, StringComparison.Ordinal);
    }

    private static void AssertInert(string markdown)
    {
        Assert.DoesNotContain("](", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("://", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("@channel", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("`", markdown.Replace("\\`", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static int CountOccurrences(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
