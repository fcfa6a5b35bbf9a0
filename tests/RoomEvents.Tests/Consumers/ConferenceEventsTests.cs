using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.Contracts;
using Conferencing.RoomEvents.Tests.Hosting;

namespace Conferencing.RoomEvents.Tests.Consumers;

public sealed class ConferenceEventsTests(HarnessHost host) : IClassFixture<HarnessHost>
{
    [Fact]
    public async Task ConferenceStarted_PublishedTwice_ExactlyOneInvitation()
    {
        var room = await TestRoom.CreateAsync(host);
        var conferenceId = await room.StartedByAliceAsync(host, topic: "Weekly *sync*");
        var started = ConferenceEvents.Open(conferenceId, room.RoomId);

        await Task.WhenAll(host.PublishAsync(started), host.PublishAsync(started));
        await host.Consumed.WaitForAsync<ConferenceStarted>(e => e.ConferenceId == conferenceId, count: 2);

        var invitation = Assert.Single(await TimelineAsync(room));
        Assert.Equal("invitation", invitation.GetProperty("kind").GetString());
        Assert.Equal(conferenceId, invitation.GetProperty("conferenceId").GetGuid());
        var text = invitation.GetProperty("text").GetString()!;
        Assert.StartsWith("**Alice Smith** started a conference on Google Meet: **Weekly \\*sync\\***", text, StringComparison.Ordinal);
        Assert.Contains("[Join](https://meet.google.com/abc-mnop-xyz)", text, StringComparison.Ordinal);
        Assert.Contains("PIN: 123 456 789#", text, StringComparison.Ordinal);
        Assert.Contains("(tel:+15550100199,,123456789%23)", text, StringComparison.Ordinal);
        Assert.Equal(ConferenceEvents.JoinUrl, invitation.GetProperty("invitation").GetProperty("joinUrl").GetString());
        Assert.Equal("started", invitation.GetProperty("invitation").GetProperty("status").GetString());
    }

    [Fact]
    public async Task ConferenceStartFailed_PublishedTwiceForRussianTeam_OneRussianFailureNotice()
    {
        var room = await TestRoom.CreateAsync(host, locale: "ru");
        var conferenceId = await room.StartedByAliceAsync(host);
        var failed = ConferenceEvents.Failed(conferenceId, room.RoomId);

        await host.PublishAsync(failed);
        await host.PublishAsync(failed);
        await host.Consumed.WaitForAsync<ConferenceStartFailed>(e => e.ConferenceId == conferenceId, count: 2);

        var notice = Assert.Single(await TimelineAsync(room));
        Assert.Equal("failure", notice.GetProperty("kind").GetString());
        Assert.Equal(
            "Не удалось начать конференцию Google Meet: Google Meet сейчас не отвечает. Попробуйте ещё раз через несколько минут.",
            notice.GetProperty("text").GetString());
        Assert.Equal(FailureReasons.ProviderUnavailable, notice.GetProperty("failure").GetProperty("code").GetString());
        using var alice = host.Client(TestRoom.Alice);
        var conference = await alice.GetFromJsonAsync<JsonElement>($"/api/conferences/{conferenceId}");
        Assert.Equal("failed", conference.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ConferenceStartFailed_NoMeetingRoom_NoticeTellsTheStarterWhichEmailNeedsAnAccount()
    {
        var room = await TestRoom.CreateAsync(host);
        var conferenceId = await room.StartedByAliceAsync(host, provider: ConferenceProviders.UberConference);

        await host.PublishAsync(new ConferenceStartFailed(
            conferenceId, room.RoomId, ConferenceProviders.UberConference, FailureReasons.NoMeetingRoom, false, "alice@example.com has no room."));
        await host.Consumed.WaitForAsync<ConferenceStartFailed>(e => e.ConferenceId == conferenceId);

        var notice = Assert.Single(await TimelineAsync(room));
        Assert.Equal(
            "Could not start a conference on UberConference: Alice Smith has no meeting room at UberConference. "
            + "To get one, create an UberConference account with alice@\u200Dexample\\.com, or ask an admin to add you.",
            notice.GetProperty("text").GetString());
    }

    [Fact]
    public async Task ConferenceStartFailed_AfterStarted_IsIgnored()
    {
        var room = await TestRoom.CreateAsync(host);
        var conferenceId = await room.StartedByAliceAsync(host);
        await host.PublishAsync(ConferenceEvents.Open(conferenceId, room.RoomId));
        await host.Consumed.WaitForAsync<ConferenceStarted>(e => e.ConferenceId == conferenceId);

        await host.PublishAsync(ConferenceEvents.Failed(conferenceId, room.RoomId));
        await host.Consumed.WaitForAsync<ConferenceStartFailed>(e => e.ConferenceId == conferenceId);

        Assert.Equal("invitation", Assert.Single(await TimelineAsync(room)).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task ConferenceStarted_AfterFailed_AnnouncesTheConferenceAnyway()
    {
        var room = await TestRoom.CreateAsync(host);
        var conferenceId = await room.StartedByAliceAsync(host);
        await host.PublishAsync(ConferenceEvents.Failed(conferenceId, room.RoomId));
        await host.Consumed.WaitForAsync<ConferenceStartFailed>(e => e.ConferenceId == conferenceId);

        await host.PublishAsync(ConferenceEvents.Open(conferenceId, room.RoomId));
        await host.Consumed.WaitForAsync<ConferenceStarted>(e => e.ConferenceId == conferenceId);

        Assert.Equal(["failure", "invitation"], (await TimelineAsync(room)).Select(m => m.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task ConferenceStarted_UnknownConference_IgnoredWithoutFault()
    {
        var unknown = ConferenceEvents.Open(Guid.NewGuid(), "C-nowhere");

        await host.PublishAsync(unknown);

        await host.Consumed.WaitForAsync<ConferenceStarted>(e => e.ConferenceId == unknown.ConferenceId);
    }

    [Fact]
    public async Task Messages_SeveralConferences_OldestFirst()
    {
        var room = await TestRoom.CreateAsync(host);
        var first = await room.StartedByAliceAsync(host, topic: "first");
        var second = await room.StartedByAliceAsync(host, topic: "second");

        await host.PublishAsync(ConferenceEvents.Open(first, room.RoomId));
        await host.Consumed.WaitForAsync<ConferenceStarted>(e => e.ConferenceId == first);
        await host.PublishAsync(ConferenceEvents.Restricted(second, room.RoomId));
        await host.Consumed.WaitForAsync<ConferenceStarted>(e => e.ConferenceId == second);

        var timeline = await TimelineAsync(room);
        Assert.Equal([first, second], timeline.Select(m => m.GetProperty("conferenceId").GetGuid()));
        Assert.Equal(TestRoom.WorkspaceDomain, timeline[1].GetProperty("invitation").GetProperty("restrictedToDomain").GetString());
    }

    [Fact]
    public async Task Messages_NotAMember_403()
    {
        var room = await TestRoom.CreateAsync(host);
        using var mallory = host.Client(TestRoom.Mallory);

        var response = await mallory.GetAsync(new Uri($"/api/rooms/{room.RoomId}/messages", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    private async Task<IReadOnlyList<JsonElement>> TimelineAsync(TestRoom room)
    {
        using var alice = host.Client(TestRoom.Alice);
        return await alice.GetFromJsonAsync<List<JsonElement>>($"/api/rooms/{room.RoomId}/messages") ?? [];
    }
}
