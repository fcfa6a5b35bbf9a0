using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.Contracts;
using Conferencing.RoomEvents.Storage;
using Conferencing.RoomEvents.Tests.Hosting;
using Conferencing.Testing;
using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Tests.Lifecycle;

/// <summary>
/// Expiry and history on a fake clock. The tests of this class share one clock, so each moves it forward only and
/// asserts only about its own conferences.
/// </summary>
public sealed class ExpiryAndHistoryTests(ExpiryHost host) : IClassFixture<ExpiryHost>
{
    [Fact]
    public async Task Expiry_PastTheLifetime_EndedWithFollowUpWhileAYoungerConferenceRuns()
    {
        var room = await TestRoom.CreateAsync(host);
        var old = await StartAtAsync(room, host.Clock.GetUtcNow());
        var young = await StartAtAsync(room, host.Clock.GetUtcNow() + TimeSpan.FromHours(2));

        host.Clock.Advance(ExpiryHost.Lifetime);
        // The expiry runs when its timer falls due: move time a check interval at a time until the round has run.
        await Eventually.TrueAsync(
            async () =>
            {
                host.Clock.Advance(ExpiryHost.CheckEvery);
                return (await TeamRooms.ConferenceAsync(host, old, TestRoom.Bob)).GetProperty("status").GetString() == "ended";
            },
            "the old conference never expired");

        // The round that ended the old conference looked at the young one too, and left it running.
        Assert.Equal("started", (await TeamRooms.ConferenceAsync(host, young, TestRoom.Bob)).GetProperty("status").GetString());
        var timeline = await TeamRooms.TimelineAsync(host, room.RoomId, TestRoom.Bob);
        var oldMessages = timeline.Where(m => m.GetProperty("conferenceId").GetGuid() == old).ToList();
        Assert.Equal(["invitation", "ended"], oldMessages.Select(m => m.GetProperty("kind").GetString()));
        Assert.DoesNotContain("[Join]", oldMessages[0].GetProperty("text").GetString()!, StringComparison.Ordinal);
        Assert.EndsWith("This conference has ended.", oldMessages[0].GetProperty("text").GetString()!, StringComparison.Ordinal);
        Assert.Equal("The conference on Google Meet ended at its time limit: **Weekly sync**", oldMessages[1].GetProperty("text").GetString());
        var conference = await TeamRooms.ConferenceAsync(host, old, TestRoom.Bob);
        Assert.Equal(JsonValueKind.Null, conference.GetProperty("endedBy").ValueKind);
        Assert.Equal(JsonValueKind.Null, conference.GetProperty("joinUrl").ValueKind);
    }

    [Fact]
    public async Task Expiry_EndingLeftARoomWithoutItsFollowUp_NextRoundWritesIt()
    {
        var room = await TestRoom.CreateAsync(host);
        var conferenceId = await StartAtAsync(room, host.Clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.OK, (await TeamRooms.EndAsync(host, conferenceId, TestRoom.Alice)).StatusCode);
        // As if the instance had stopped between the status change and the follow-up.
        Assert.Equal(1, await host.QueryAsync(db => db.TimelineMessages
            .Where(m => m.ConferenceId == conferenceId && m.Kind == TimelineMessageKind.Ended)
            .ExecuteDeleteAsync()));

        await Eventually.TrueAsync(
            async () =>
            {
                host.Clock.Advance(ExpiryHost.CheckEvery);
                return (await TeamRooms.TimelineAsync(host, room.RoomId, TestRoom.Bob)).Count == 2;
            },
            "the missing follow-up was never written");

        var followUp = (await TeamRooms.TimelineAsync(host, room.RoomId, TestRoom.Bob))[1];
        Assert.Equal("**Alice Smith** ended the conference on Google Meet: **Weekly sync**", followUp.GetProperty("text").GetString());
    }

    [Fact]
    public async Task History_RoomWithConferences_NewestFirstWithWhoWhenProviderStatusAndDuration()
    {
        var room = await TestRoom.CreateAsync(host);
        var startedAt = host.Clock.GetUtcNow();
        var ended = await StartAtAsync(room, startedAt);
        host.Clock.Advance(TimeSpan.FromMinutes(90));
        Assert.Equal(HttpStatusCode.OK, (await TeamRooms.EndAsync(host, ended, TestRoom.Alice)).StatusCode);
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        var failed = await room.StartedByAliceAsync(host, topic: "Retro", provider: ConferenceProviders.UberConference);
        await host.PublishAsync(new ConferenceStartFailed(failed, room.RoomId, ConferenceProviders.UberConference, FailureReasons.NoMeetingRoom, false, "No room."));
        await host.Consumed.WaitForAsync<ConferenceStartFailed>(e => e.ConferenceId == failed);
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        var running = await StartAtAsync(room, host.Clock.GetUtcNow(), starter: TestRoom.Bob);

        using var bob = host.Client(TestRoom.Bob);
        var history = (await bob.GetFromJsonAsync<JsonElement>($"/api/rooms/{room.RoomId}/conferences")).EnumerateArray().ToList();

        Assert.Equal([running, failed, ended], history.Select(c => c.GetProperty("conferenceId").GetGuid()));
        Assert.Equal(["started", "failed", "ended"], history.Select(c => c.GetProperty("status").GetString()));
        Assert.Equal(["google-hangout", "uberconference", "google-hangout"], history.Select(c => c.GetProperty("provider").GetString()));
        Assert.Equal(["Bob", "Alice Smith", "Alice Smith"], history.Select(c => c.GetProperty("startedBy").GetProperty("name").GetString()));
        Assert.Equal(5400, history[2].GetProperty("durationSeconds").GetInt64());
        Assert.Equal(startedAt, history[2].GetProperty("startedAt").GetDateTimeOffset());
        Assert.Equal(startedAt + TimeSpan.FromMinutes(90), history[2].GetProperty("endedAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, history[0].GetProperty("durationSeconds").ValueKind);
        Assert.Equal(JsonValueKind.Null, history[1].GetProperty("startedAt").ValueKind);
        Assert.Equal("Retro", history[1].GetProperty("topic").GetString());
    }

    [Fact]
    public async Task History_NotAMember_Forbidden()
    {
        var room = await TestRoom.CreateAsync(host);
        using var mallory = host.Client(TestRoom.Mallory);

        var response = await mallory.GetAsync(new Uri($"/api/rooms/{room.RoomId}/conferences", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    /// <summary>A Google Meet conference that the bridge says started at <paramref name="startedAt"/> (the fake clock's time).</summary>
    private async Task<Guid> StartAtAsync(TestRoom room, DateTimeOffset startedAt, string starter = TestRoom.Alice)
    {
        var response = await room.StartAsync(host, userId: starter);
        var conferenceId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conferenceId").GetGuid();
        await host.PublishAsync(ConferenceEvents.Open(conferenceId, room.RoomId) with { StartedAt = startedAt });
        await host.Consumed.WaitForAsync<ConferenceStarted>(e => e.ConferenceId == conferenceId);
        return conferenceId;
    }
}
