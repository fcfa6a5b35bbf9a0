using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.Contracts;
using Conferencing.RoomEvents.Storage;
using Conferencing.RoomEvents.Tests.Hosting;

namespace Conferencing.RoomEvents.Tests.Redrive;

public sealed class StartRedriveTests(RedriveHost host) : IClassFixture<RedriveHost>
{
    [Fact]
    public async Task Redrive_StartWithNoAnswer_SameCommandSentAgain()
    {
        var room = await TestRoom.CreateAsync(host);
        await using var bridge = await BridgeInboxes.HangoutAsync(host.Broker);
        var conferenceId = await room.StartedByAliceAsync(host, topic: "again");

        var first = await bridge.TakeAsync(conferenceId);
        var again = await bridge.TakeAsync(conferenceId);

        Assert.Equal(first, again with { RoomMembers = first.RoomMembers });
        Assert.Equal(first.RoomMembers, again.RoomMembers);
    }

    [Fact]
    public async Task Redrive_UberConferenceStartWithNoAnswer_StartUberConferenceSentAgainWithThePin()
    {
        var room = await TestRoom.CreateAsync(host);
        await using var bridge = await BridgeInboxes.UberConferenceAsync(host.Broker);
        var conferenceId = await room.StartedByAliceAsync(host, topic: "uber again", provider: "uberconference");

        var first = await bridge.TakeAsync(conferenceId);
        var again = await bridge.TakeAsync(conferenceId);

        Assert.Equal(first, again with { RoomMembers = first.RoomMembers });
        Assert.Equal(TestRoom.UberConferencePin, again.Pin);
    }

    [Fact]
    public async Task Redrive_AcceptedButNeverSent_IsSent()
    {
        // What a crash right after the 202 leaves behind: the stored conference, and no command on the broker.
        var room = await TestRoom.CreateAsync(host);
        await using var bridge = await BridgeInboxes.HangoutAsync(host.Broker);
        var conferenceId = Guid.NewGuid();
        await host.QueryAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            db.Conferences.Add(new Conference
            {
                Id = conferenceId,
                TeamId = room.TeamId,
                RoomId = room.RoomId,
                Provider = ConferenceProviders.GoogleHangout,
                Starter = new RoomMember { UserId = TestRoom.Alice, Name = "Alice Smith", Email = "alice@example.com" },
                RequestedAt = now,
                LastSentAt = now,
                NextSendAt = now,
            });
            return await db.SaveChangesAsync();
        });

        var command = await bridge.TakeAsync(conferenceId);

        Assert.Equal(room.RoomId, command.RoomId);
        Assert.Equal(TestRoom.Alice, command.Starter.UserId);
    }

    [Fact]
    public async Task Redrive_AnsweredStart_NotSentAgain()
    {
        var room = await TestRoom.CreateAsync(host);
        await using var bridge = await BridgeInboxes.HangoutAsync(host.Broker);
        var answered = await room.StartedByAliceAsync(host, topic: "answered");
        var unanswered = await room.StartedByAliceAsync(host, topic: "unanswered");
        await host.PublishAsync(ConferenceEvents.Open(answered, room.RoomId));
        await host.Consumed.WaitForAsync<ConferenceStarted>(e => e.ConferenceId == answered);
        await bridge.DrainAsync();

        // Two re-sends of the unanswered start mean at least two rounds passed in which the answered one was due too.
        await bridge.TakeAsync(unanswered);
        await bridge.TakeAsync(unanswered);
        var sent = await bridge.DrainAsync();

        Assert.DoesNotContain(sent, command => command.ConferenceId == answered);
    }

    [Fact]
    public async Task Redrive_NoAnswerPastGiveUp_RoomToldItFailed()
    {
        var room = await TestRoom.CreateAsync(host);
        var conferenceId = await room.StartedByAliceAsync(host);

        await host.Consumed.WaitForAsync<ConferenceStartFailed>(e => e.ConferenceId == conferenceId);

        using var alice = host.Client(TestRoom.Alice);
        var conference = await alice.GetFromJsonAsync<JsonElement>($"/api/conferences/{conferenceId}");
        Assert.Equal("failed", conference.GetProperty("status").GetString());
        Assert.Equal(FailureReasons.ProviderUnavailable, conference.GetProperty("failure").GetProperty("code").GetString());
        var timeline = await alice.GetFromJsonAsync<List<JsonElement>>($"/api/rooms/{room.RoomId}/messages");
        var notice = Assert.Single(timeline!);
        Assert.Equal("failure", notice.GetProperty("kind").GetString());
        Assert.EndsWith("Try again in a few minutes.", notice.GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
