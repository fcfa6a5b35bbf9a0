using System.Globalization;
using Conferencing.Contracts;
using Conferencing.RoomEvents.Invitations;

namespace Conferencing.RoomEvents.Tests.Invitations;

public sealed class FailureNoticeRendererTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");

    [Theory]
    [InlineData(FailureReasons.NotConfigured, "Could not start a conference on Google Meet: the service is not set up yet. Please tell an administrator.")]
    [InlineData(FailureReasons.Forbidden, "Could not start a conference on Google Meet: Google Meet refused the account that creates conferences. Please tell an administrator.")]
    [InlineData(FailureReasons.InvalidRequest, "Could not start a conference on Google Meet: Google Meet rejected the request.")]
    [InlineData(FailureReasons.ProviderUnavailable, "Could not start a conference on Google Meet: Google Meet is not answering right now.")]
    [InlineData(FailureReasons.ProviderFailed, "Could not start a conference on Google Meet: Google Meet could not create it.")]
    [InlineData("something-new", "Could not start a conference on Google Meet.")]
    public void Render_EachReasonInEnglish_OneSentenceNamingTheProvider(string reason, string expected)
    {
        var text = FailureNoticeRenderer.Render(new FailureNotice(ConferenceProviders.GoogleHangout, "Alice", reason, RetryMayHelp: false), English);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Render_NoMeetingRoom_NamesTheStarterEscapedAndWhatToDo()
    {
        var notice = new FailureNotice(ConferenceProviders.UberConference, "@here Bob", FailureReasons.NoMeetingRoom, RetryMayHelp: false, "bob@example.com");

        var text = FailureNoticeRenderer.Render(notice, English);

        Assert.Equal(
            "Could not start a conference on UberConference: @\u200Dhere Bob has no meeting room at UberConference. "
            + "To get one, create an UberConference account with bob@\u200Dexample\\.com, or ask an admin to add you.",
            text);
    }

    [Fact]
    public void Render_NoMeetingRoomInRussian_SaysWhatToDoInRussian()
    {
        var notice = new FailureNotice(ConferenceProviders.UberConference, "Боб", FailureReasons.NoMeetingRoom, RetryMayHelp: false, "bob@example.com");

        var text = FailureNoticeRenderer.Render(notice, Russian);

        Assert.Equal(
            "Не удалось начать конференцию UberConference: у пользователя Боб нет комнаты для встреч в UberConference. "
            + "Чтобы она появилась, создайте аккаунт UberConference на адрес bob@\u200Dexample\\.com или попросите администратора добавить вас.",
            text);
    }

    [Fact]
    public void Render_RetryMayHelp_SuggestsTryingAgain()
    {
        var notice = new FailureNotice(ConferenceProviders.GoogleHangout, "Alice", FailureReasons.ProviderUnavailable, RetryMayHelp: true);

        Assert.EndsWith("Try again in a few minutes.", FailureNoticeRenderer.Render(notice, English), StringComparison.Ordinal);
        Assert.EndsWith("Попробуйте ещё раз через несколько минут.", FailureNoticeRenderer.Render(notice, Russian), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FailureReasons.NotConfigured)]
    [InlineData(FailureReasons.Forbidden)]
    [InlineData(FailureReasons.InvalidRequest)]
    [InlineData(FailureReasons.ProviderUnavailable)]
    [InlineData(FailureReasons.ProviderFailed)]
    [InlineData(FailureReasons.NoMeetingRoom)]
    public void Render_EachReasonInRussian_RussianSentenceNamingTheProvider(string reason)
    {
        var text = FailureNoticeRenderer.Render(new FailureNotice(ConferenceProviders.GoogleHangout, "Алиса", reason, RetryMayHelp: false), Russian);

        Assert.StartsWith("Не удалось начать конференцию Google Meet", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Try again", text, StringComparison.Ordinal);
    }
}
