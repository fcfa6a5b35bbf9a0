using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.Contracts;
using Conferencing.RoomEvents.Storage;
using Conferencing.RoomEvents.Tests.Hosting;

namespace Conferencing.RoomEvents.Tests.Redrive;

/// <summary>
/// The re-drive on the test harness: what it sends again, and when it gives up, room-events decides from its own database;
/// the commands it sends are in the harness's Sent list. Where a command lands on RabbitMQ is
/// <see cref="Api.StartCommandQueueTests"/>'s subject.
/// </summary>
public sealed class StartRedriveTests(RedriveHost host) : IClassFixture<RedriveHost>
{
    [Fact]
    public async Task Redrive_StartWithNoAnswer_SameCommandSentAgain()
    {
        var room = await TestRoom.CreateAsync(host);
        var conferenceId = await room.StartedByAliceAsync(host, topic: "again");

        var sent = await host.Harness.SentAsync<StartGoogleHangout>(c => c.ConferenceId == conferenceId, count: 2);
        var (first, again) = (sent[0], sent[1]);

        Assert.Equal(first, again with { RoomMembers = first.RoomMembers });
        Assert.Equal(first.RoomMembers, again.RoomMembers);
    }

    [Fact]
    public async Task Redrive_UberConferenceStartWithNoAnswer_StartUberConferenceSentAgainWithThePin()
    {
        var room = await TestRoom.CreateAsync(host);
        var conferenceId = await room.StartedByAliceAsync(host, topic: "uber again", provider: "uberconference");

        var sent = await host.Harness.SentAsync<StartUberConference>(c => c.ConferenceId == conferenceId, count: 2);
        var (first, again) = (sent[0], sent[1]);

        Assert.Equal(first, again with { RoomMembers = first.RoomMembers });
        Assert.Equal(TestRoom.UberConferencePin, again.Pin);
    }

    [Fact]
    public async Task Redrive_AcceptedButNeverSent_IsSent()
    {
        // What a crash right after the 202 leaves behind: the stored conference, and no command sent.
        var room = await TestRoom.CreateAsync(host);
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

        var command = await host.Harness.FirstSentAsync<StartGoogleHangout>(c => c.ConferenceId == conferenceId);

        Assert.Equal(room.RoomId, command.RoomId);
        Assert.Equal(TestRoom.Alice, command.Starter.UserId);
    }

    [Fact]
    public async Task Redrive_AnsweredStart_NotSentAgain()
    {
        var room = await TestRoom.CreateAsync(host);
        var answered = await room.StartedByAliceAsync(host, topic: "answered");
        var unanswered = await room.StartedByAliceAsync(host, topic: "unanswered");
        await host.PublishAsync(ConferenceEvents.Open(answered, room.RoomId));
        await host.Consumed.WaitForAsync<ConferenceStarted>(e => e.ConferenceId == answered);
        // What was sent up to the unanswered start's next re-send may have been claimed before the answer was stored; what
        // comes after it cannot have been (a round claims each start just before sending it, one after the other).
        var unansweredBefore = SentFor(unanswered).Count;
        await host.Harness.SentAsync<StartGoogleHangout>(c => c.ConferenceId == unanswered, unansweredBefore + 1);
        var answeredBefore = SentFor(answered).Count;

        // Two more re-sends of the unanswered start: at least one whole round in between in which the answered one was due too.
        await host.Harness.SentAsync<StartGoogleHangout>(c => c.ConferenceId == unanswered, unansweredBefore + 3);

        Assert.Equal(answeredBefore, SentFor(answered).Count);
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

    private IReadOnlyList<StartGoogleHangout> SentFor(Guid conferenceId) =>
        host.Harness.SentSoFar<StartGoogleHangout>(c => c.ConferenceId == conferenceId);
}
