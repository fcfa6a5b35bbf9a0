using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.Contracts;

namespace Conferencing.EndToEnd.Tests;

/// <summary>
/// A click on "Start UberConference" travels room-events → RabbitMQ → uberconference-bridge → Dialpad (WireMock) and back:
/// the starter's own meeting room is handed out with the team's PIN.
/// </summary>
public sealed class StartUberConferenceTests(Suite suite) : IClassFixture<Suite>
{
    [Fact]
    public async Task Start_UberConferenceForTeamWithPin_InvitationWithJoinLinkDialInPinAndOneTap()
    {
        using var alice = suite.RoomEventsFor(RoomSetup.Alice);
        var roomId = await RoomSetup.CreateAsync(alice, uberConferencePin: "123456");

        var conferenceId = await StartGoogleHangoutTests.StartAsync(alice, roomId, "Standup", Guid.NewGuid().ToString(), ConferenceProviders.UberConference);
        var message = await Timeline.AwaitMessageAsync(alice, roomId, conferenceId);

        Assert.Equal("invitation", message.GetProperty("kind").GetString());
        var text = message.GetProperty("text").GetString()!;
        Assert.Contains("Standup", text, StringComparison.Ordinal);
        Assert.Contains("Alice Example", text, StringComparison.Ordinal);
        Assert.Contains($"[Join]({DialpadStub.AliceRoomUrl})", text, StringComparison.Ordinal);
        Assert.Contains("+1 555 010 0199", text, StringComparison.Ordinal);
        Assert.Contains("PIN: 123 456#", text, StringComparison.Ordinal);
        Assert.Contains("(tel:+15550100199,,123456%23)", text, StringComparison.Ordinal);
        Assert.Contains("If you don't have an UberConference account yet", text, StringComparison.Ordinal);

        var conference = await alice.GetFromJsonAsync<JsonElement>($"/api/conferences/{conferenceId}");
        Assert.Equal("started", conference.GetProperty("status").GetString());
        Assert.Equal(DialpadStub.AliceRoomUrl, conference.GetProperty("joinUrl").GetString());
        Assert.Equal("tel:+15550100199,,123456%23", conference.GetProperty("dialIn").GetProperty("oneTapUri").GetString());
    }

    [Fact]
    public async Task Start_UberConferenceByStarterWithoutRoom_FailureSaysWhatToDo()
    {
        using var alice = suite.RoomEventsFor(RoomSetup.Alice);
        using var carol = suite.RoomEventsFor(RoomSetup.Carol);
        var roomId = await RoomSetup.CreateAsync(alice, uberConferencePin: "123456");

        var conferenceId = await StartGoogleHangoutTests.StartAsync(carol, roomId, "No room", Guid.NewGuid().ToString(), ConferenceProviders.UberConference);
        var message = await Timeline.AwaitMessageAsync(carol, roomId, conferenceId);

        Assert.Equal("failure", message.GetProperty("kind").GetString());
        var text = message.GetProperty("text").GetString()!;
        Assert.Contains("Carol Outside has no meeting room at UberConference", text, StringComparison.Ordinal);
        Assert.Contains("create an UberConference account with carol@\u200Dgmail\\.example, or ask an admin", text, StringComparison.Ordinal);
        var conference = await carol.GetFromJsonAsync<JsonElement>($"/api/conferences/{conferenceId}");
        Assert.Equal(FailureReasons.NoMeetingRoom, conference.GetProperty("failure").GetProperty("code").GetString());
    }

    [Fact]
    public async Task StartUberConference_DeliveredTwice_OneInvitation()
    {
        using var alice = suite.RoomEventsFor(RoomSetup.Alice);
        var roomId = await RoomSetup.CreateAsync(alice);
        var conferenceId = await StartGoogleHangoutTests.StartAsync(alice, roomId, "Twice", Guid.NewGuid().ToString(), ConferenceProviders.UberConference);
        await Timeline.AwaitMessageAsync(alice, roomId, conferenceId);
        var conference = await alice.GetFromJsonAsync<JsonElement>($"/api/conferences/{conferenceId}");

        // The same command again, as a redelivery or a re-drive would bring it.
        await suite.SendAsync("start-uberconference", new StartUberConference(
            conferenceId, "unused-team", roomId, new ChatMember(RoomSetup.Alice, "Alice Example", "alice@acme.example"),
            "Twice", "en", null, [], conference.GetProperty("requestedAt").GetDateTimeOffset(), null));
        await suite.RoomEventsConsumed.WaitForAsync<ConferenceStarted>(started => started.ConferenceId == conferenceId, count: 2);

        Assert.Single(await Timeline.MessagesAsync(alice, roomId));
        Assert.Equal("tel:+15550100199", (await alice.GetFromJsonAsync<JsonElement>($"/api/conferences/{conferenceId}"))
            .GetProperty("dialIn").GetProperty("oneTapUri").GetString());
    }
}
