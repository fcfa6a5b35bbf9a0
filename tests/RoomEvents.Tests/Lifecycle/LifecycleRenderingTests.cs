using System.Globalization;
using Conferencing.Contracts;
using Conferencing.RoomEvents.Invitations;

namespace Conferencing.RoomEvents.Tests.Lifecycle;

/// <summary>How ended and shared invitations, and the "ended" follow-up, read in both languages.</summary>
public sealed class LifecycleRenderingTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");
    private static readonly DialIn Phone = DialIn.Create("+1 555-010-0199", "123456789", null);

    private static Invitation Open(string? topic = "Weekly sync") =>
        new(ConferenceProviders.UberConference, topic, "Alice Smith", "https://meetings.dialpad.com/room/alice", null, Phone, null, []);

    [Fact]
    public void Render_Ended_KeepsTheHeadlineAndDropsEveryWayIn()
    {
        var text = InvitationRenderer.Render(Open() with { HasEnded = true }, English);

        Assert.Equal("**Alice Smith** started a conference on UberConference: **Weekly sync**\nThis conference has ended.", text);
    }

    [Fact]
    public void Render_EndedInRussian_SaysSoInRussian()
    {
        var text = InvitationRenderer.Render(Open() with { HasEnded = true }, Russian);

        Assert.Equal("**Alice Smith** начинает конференцию UberConference: **Weekly sync**\nКонференция завершена.", text);
    }

    [Fact]
    public void Render_Shared_NamesWhoSharedItFromWhereWithUserTextEscaped()
    {
        var text = InvitationRenderer.Render(Open() with { SharedBy = "Bob <@here>", SharedFrom = "[general](https://evil.example)" }, English);

        Assert.Contains(
            "\n**Bob &lt;@\u200Dhere&gt;** shared this from \\[general\\]\\(https:\u200B//evil\\.example\\).\n",
            text,
            StringComparison.Ordinal);
        Assert.Contains("[Join](https://meetings.dialpad.com/room/alice)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SharedInRussian_NamesTheRoom()
    {
        var text = InvitationRenderer.Render(Open() with { SharedBy = "Bob", SharedFrom = "general" }, Russian);

        Assert.Contains("\n**Bob** делится приглашением из комнаты general.\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Alice Smith", "Weekly sync", "**Alice Smith** ended the conference on Google Meet: **Weekly sync**")]
    [InlineData("en", "Alice Smith", null, "**Alice Smith** ended the conference on Google Meet.")]
    [InlineData("en", null, "Weekly sync", "The conference on Google Meet ended at its time limit: **Weekly sync**")]
    [InlineData("en", null, null, "The conference on Google Meet ended at its time limit.")]
    [InlineData("ru", "Alice Smith", "Weekly sync", "**Alice Smith** завершает конференцию Google Meet: **Weekly sync**")]
    [InlineData("ru", "Alice Smith", null, "**Alice Smith** завершает конференцию Google Meet.")]
    [InlineData("ru", null, "Weekly sync", "Конференция Google Meet завершена по истечении времени: **Weekly sync**")]
    [InlineData("ru", null, null, "Конференция Google Meet завершена по истечении времени.")]
    public void RenderEndedNotice_WhoAndTopic_OneSentence(string locale, string? endedBy, string? topic, string expected)
    {
        var text = EndedNoticeRenderer.Render(new EndedNotice(ConferenceProviders.GoogleHangout, topic, endedBy), CultureInfo.GetCultureInfo(locale));

        Assert.Equal(expected, text);
    }

    [Fact]
    public void RenderEndedNotice_UserText_Escaped()
    {
        var text = EndedNoticeRenderer.Render(new EndedNotice(ConferenceProviders.GoogleHangout, "*Launch* @channel", "<!here>"), English);

        Assert.Equal("**&lt;\\!here&gt;** ended the conference on Google Meet: **\\*Launch\\* @\u200Dchannel**", text);
    }
}
