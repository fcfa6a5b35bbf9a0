using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.Contracts;
using Conferencing.RoomEvents.Live;
using Conferencing.RoomEvents.Storage;
using Conferencing.RoomEvents.Tests.Hosting;
using Conferencing.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conferencing.RoomEvents.Tests.Live;

/// <summary>Two room-events instances on one PostgreSQL database and one RabbitMQ virtual host both serve live pages.</summary>
public sealed class ScaleOutTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    [Fact]
    public async Task TwoInstances_ConferenceStartedTwice_EachStreamSeesTheInvitationOnceAndTheDatabaseHoldsItOnce()
    {
        var (teamId, roomId) = await CreateRoomAsync();
        await using var pageOnFirst = await EventStreamClient.OpenAsync(TwoInstances.Client(instances.First, TestRoom.Alice), roomId);
        await using var pageOnSecond = await EventStreamClient.OpenAsync(TwoInstances.Client(instances.Second, TestRoom.Bob), roomId);
        using var alice = TwoInstances.Client(instances.First, TestRoom.Alice);
        var started = await alice.PostAsJsonAsync($"/api/rooms/{roomId}/conferences", new { provider = "google-hangout", topic = "Scale" });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var conferenceId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conferenceId").GetGuid();

        // The bridge's event, delivered twice (a redelivery): the competing consumers of both instances may each get one.
        var bus = instances.Second.Services.GetRequiredService<IBus>();
        var @event = ConferenceEvents.Open(conferenceId, roomId);
        await Task.WhenAll(bus.Publish(@event), bus.Publish(@event));
        await Eventually.TrueAsync(
            () => Task.FromResult(
                instances.ConsumedByFirst.Count<ConferenceStarted>(e => e.ConferenceId == conferenceId)
                + instances.ConsumedBySecond.Count<ConferenceStarted>(e => e.ConferenceId == conferenceId) == 2),
            "both copies of ConferenceStarted were not consumed");

        var onFirst = await pageOnFirst.WaitForAsync(ServerSentEvent.Message, IsInvitation(conferenceId));
        var onSecond = await pageOnSecond.WaitForAsync(ServerSentEvent.Message, IsInvitation(conferenceId));
        Assert.Equal(onFirst.Data.GetProperty("messageId").GetGuid(), onSecond.Data.GetProperty("messageId").GetGuid());
        Assert.Equal(onFirst.Data.GetProperty("text").GetString(), onSecond.Data.GetProperty("text").GetString());

        // A later change in the room is the barrier: once it arrived, any duplicate of the invitation would have too.
        using var end = await alice.PostAsync(new Uri($"/api/conferences/{conferenceId}/end", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, end.StatusCode);
        foreach (var page in new[] { pageOnFirst, pageOnSecond })
        {
            // The status change and the "ended" follow-up are two announcements; either may come first.
            await page.WaitForAsync(ServerSentEvent.Conference, data => data.GetProperty("status").GetString() == "ended");
            await page.WaitForAsync(ServerSentEvent.Message, data => data.GetProperty("kind").GetString() == "ended");
            Assert.Single(page.Events, e => e.Name == ServerSentEvent.Message && IsInvitation(conferenceId)(e.Data));
            Assert.Single(page.Events, e => e.Name == ServerSentEvent.Message && e.Data.GetProperty("kind").GetString() == "ended");
        }
        Assert.Equal(1, await instances.QueryAsync(db => db.TimelineMessages.CountAsync(
            m => m.ConferenceId == conferenceId && m.Kind == TimelineMessageKind.Invitation)));
        Assert.Equal(1, await instances.QueryAsync(db => db.TimelineMessages.CountAsync(
            m => m.ConferenceId == conferenceId && m.Kind == TimelineMessageKind.Ended)));
        Assert.Equal(teamId, (await instances.QueryAsync(db => db.Conferences.SingleAsync(c => c.Id == conferenceId))).TeamId);
    }

    [Fact]
    public async Task TwoInstances_LiveUpdatesOnAQueuePerInstance_EventsOnSharedDurableQueues()
    {
        using var management = new HttpClient { BaseAddress = new Uri(TestServers.RabbitMqManagement, "/api/") };
        management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("guest:guest"u8.ToArray()));

        // The management API's consumer counts trail the broker by a statistics interval: read until they are in.
        var queues = await Eventually.ValueAsync(
            async () =>
            {
                var all = (await management.GetFromJsonAsync<JsonElement>($"queues/{Uri.EscapeDataString(instances.Broker.Name)}")).EnumerateArray().ToList();
                var consumers = all.ToDictionary(q => q.GetProperty("name").GetString()!, q => q.TryGetProperty("consumers", out var n) ? n.GetInt32() : 0);
                var liveConsumers = consumers.Where(q => q.Key.StartsWith("room-timeline-changed-", StringComparison.Ordinal)).Select(q => q.Value);
                return consumers.GetValueOrDefault("conference-started") == 2 && liveConsumers.Count(n => n == 1) == 2 ? all : null;
            },
            "the instances' queues and consumers never showed");

        var live = queues.Where(q => q.GetProperty("name").GetString()!.StartsWith("room-timeline-changed-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, live.Count);
        Assert.All(live, queue =>
        {
            // MassTransit's temporary endpoint: not durable, exclusive to the instance's connection (gone with it).
            Assert.False(queue.GetProperty("durable").GetBoolean());
            Assert.True(queue.GetProperty("exclusive").GetBoolean());
            Assert.Equal(1, queue.GetProperty("consumers").GetInt32());
        });
        var started = Assert.Single(queues, q => q.GetProperty("name").GetString() == "conference-started");
        Assert.True(started.GetProperty("durable").GetBoolean());
        Assert.Equal(2, started.GetProperty("consumers").GetInt32());
    }

    private static Func<JsonElement, bool> IsInvitation(Guid conferenceId) =>
        data => data.GetProperty("conferenceId").GetGuid() == conferenceId && data.GetProperty("kind").GetString() == "invitation";

    private async Task<(string TeamId, string RoomId)> CreateRoomAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (teamId, roomId) = ("T-" + suffix, "C-" + suffix);
        using var backend = TwoInstances.Client(instances.Second);
        Assert.Equal(HttpStatusCode.Created, (await backend.PutAsJsonAsync($"/api/teams/{teamId}", new { name = "Acme", locale = "en", admins = new[] { TestRoom.Alice } })).StatusCode);
        var members = new[]
        {
            new { userId = TestRoom.Alice, name = "Alice Smith", email = "alice@example.com" },
            new { userId = TestRoom.Bob, name = "Bob", email = "bob@gmail.com" },
        };
        Assert.Equal(HttpStatusCode.Created, (await backend.PutAsJsonAsync($"/api/rooms/{roomId}", new { teamId, name = "general", members })).StatusCode);
        return (teamId, roomId);
    }
}
