using System.Globalization;
using Conferencing.Contracts;
using Conferencing.RoomEvents.Delivery;
using Conferencing.RoomEvents.Invitations;

namespace Conferencing.RoomEvents.Tests.Delivery;

public sealed class SlackInvitationMarkupTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");
    private const string MeetLink = "https://meet.google.com/abc-mnop-xyz";
    private const string Zwj = "\u200D";
    private const string Zwsp = "\u200B";
    private static readonly DialIn Phone = DialIn.Create("+1 555-010-0199", "123456789", "https://tel.meet/abc-mnop-xyz?pin=123456789");

    private static Invitation Open(string? topic = "Weekly sync", DialIn? dialIn = null, string startedBy = "Alice Smith") =>
        new(ConferenceProviders.GoogleHangout, topic, startedBy, MeetLink, "abc-mnop-xyz", dialIn, null, []);

    [Fact]
    public void Render_OpenConferenceWithDialInInEnglish_SlackLinksAndBold()
    {
        Assert.Equal(
            "*Alice Smith* started a conference on Google Meet: *Weekly sync*\n"
            + "<https://meet.google.com/abc-mnop-xyz|Join> · Meeting code: abc-mnop-xyz\n"
            + "Dial-in: +1 555-010-0199 · PIN: 123 456 789#\n"
            + "<tel:+15550100199,,123456789%23|Dial with one tap> · <https://tel.meet/abc-mnop-xyz?pin=123456789|More phone numbers>",
            InvitationRenderer.Render(Open(dialIn: Phone), English, SlackMarkup.Instance));
    }

    [Fact]
    public void Render_InRussian_SameLayoutInRussian()
    {
        Assert.Equal(
            "*Алиса* начинает конференцию Google Meet: *Планёрка 🎉*\n"
            + "<https://meet.google.com/abc-mnop-xyz|Присоединиться> · Код встречи: abc-mnop-xyz",
            InvitationRenderer.Render(Open(topic: "Планёрка 🎉", startedBy: "Алиса"), Russian, SlackMarkup.Instance));
    }

    [Fact]
    public void Render_TopicWithBroadcastMentions_PingsNoOne()
    {
        var text = InvitationRenderer.Render(Open(topic: "<!channel> <!here> @here @channel @everyone"), English, SlackMarkup.Instance);

        Assert.Contains($"*&lt;!channel&gt; &lt;!here&gt; @{Zwj}here @{Zwj}channel @{Zwj}everyone*", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"@(here|channel|everyone|all)\b", text);
    }

    [Fact]
    public void Render_TopicWithSlackLink_ShowsTextAndLinksOnlyTheProvider()
    {
        var text = InvitationRenderer.Render(Open(topic: "<https://evil.example|click> & [win](https://evil.example)"), English, SlackMarkup.Instance);

        Assert.Contains($"*&lt;https:{Zwsp}//evil.example|click&gt; &amp; [win]{Zwsp}(https:{Zwsp}//evil.example)*", text, StringComparison.Ordinal);
        Assert.Equal(["<https://meet.google.com/abc-mnop-xyz|Join>"], LinksIn(text));
    }

    [Fact]
    public void Render_HostileStarterName_Escaped()
    {
        var text = InvitationRenderer.Render(Open(startedBy: "Mallory <!everyone> & @here"), English, SlackMarkup.Instance);

        Assert.StartsWith($"*Mallory &lt;!everyone&gt; &amp; @{Zwj}here* started a conference", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RestrictedConference_NoJoinLinkAndEscapedNames()
    {
        var invitation = new Invitation(
            ConferenceProviders.GoogleHangout, "Board", "Alice", MeetLink, "abc-mnop-xyz", null, "example.com", ["Bob <b>", "@here"]);

        Assert.Equal(
            "*Alice* started a conference on Google Meet: *Board*\n"
            + "Only accounts of example.com can join: the Join button gives them the link.\n"
            + $"Cannot join: Bob &lt;b&gt;, @{Zwj}here",
            InvitationRenderer.Render(invitation, English, SlackMarkup.Instance));
    }

    [Fact]
    public void Render_JoinUrlThatIsNotHttp_LeftOut()
    {
        var invitation = Open(topic: null) with { JoinUrl = "javascript:alert(1)" };

        Assert.Equal(
            "*Alice Smith* started a conference on Google Meet.\nMeeting code: abc-mnop-xyz",
            InvitationRenderer.Render(invitation, English, SlackMarkup.Instance));
    }

    [Fact]
    public void Render_OneTapThatIsNotTelOrJoinUrlThatIsTel_LeftOut()
    {
        var forged = new DialIn("+1 555 010 0199", "1234", "https://evil.example/tap", null);
        var invitation = Open(topic: null, dialIn: forged) with { JoinUrl = "tel:+15550100199" };

        var text = InvitationRenderer.Render(invitation, English, SlackMarkup.Instance);

        Assert.DoesNotContain("evil", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<tel:", text, StringComparison.Ordinal);
        Assert.Contains("123 4#", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UberConference_EndsWithTheNewcomersNote()
    {
        var invitation = new Invitation(
            ConferenceProviders.UberConference, null, "Alice", "https://meetings.dialpad.com/room/alice", null,
            DialIn.Create("+1 555-010-0199", "4321", null), null, []);

        var lines = InvitationRenderer.Render(invitation, English, SlackMarkup.Instance).Split('\n');

        Assert.Equal("<https://meetings.dialpad.com/room/alice|Join>", lines[1]);
        Assert.Equal("<tel:+15550100199,,4321%23|Dial with one tap>", lines[3]);
        Assert.Equal("If you don't have an UberConference account yet, you'll be offered one when you join.", lines[^1]);
    }

    [Fact]
    public void Render_EndedConference_NoWayIn()
    {
        var text = InvitationRenderer.Render(Open(dialIn: Phone) with { HasEnded = true }, English, SlackMarkup.Instance);

        Assert.Equal("*Alice Smith* started a conference on Google Meet: *Weekly sync*\nThis conference has ended.", text);
    }

    [Fact]
    public void Render_SharedFromAnotherRoom_SaysWhoSharedItEscaped()
    {
        var text = InvitationRenderer.Render(Open() with { SharedBy = "Bob @here", SharedFrom = "<#general>" }, English, SlackMarkup.Instance);

        Assert.Equal($"*Bob @{Zwj}here* shared this from &lt;#general&gt;.", text.Split('\n')[1]);
    }

    [Fact]
    public void RenderFailure_NoMeetingRoom_NamesTheStarterEscaped()
    {
        var notice = new FailureNotice(ConferenceProviders.UberConference, "Alice <!here>", FailureReasons.NoMeetingRoom, false, "alice@example.com");

        Assert.Equal(
            "Could not start a conference on UberConference: Alice &lt;!here&gt; has no meeting room at UberConference. "
            + $"To get one, create an UberConference account with alice@{Zwj}example.com, or ask an admin to add you.",
            FailureNoticeRenderer.Render(notice, English, SlackMarkup.Instance));
    }

    [Fact]
    public void RenderEnded_ByAMemberWithTopic_NamesThemAndTheTopic()
    {
        var text = EndedNoticeRenderer.Render(new EndedNotice(ConferenceProviders.GoogleHangout, "Sync & <!channel>", "Alice"), English, SlackMarkup.Instance);

        Assert.Equal("*Alice* ended the conference on Google Meet: *Sync &amp; &lt;!channel&gt;*", text);
    }

    private static string[] LinksIn(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, "<[^>]*>").Select(match => match.Value)];
}
