using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.RoomEvents.Tests.Hosting;
using Conferencing.Testing;

namespace Conferencing.RoomEvents.Tests.Delivery;

/// <summary>A <see cref="TestRoom"/> connected to a chat's incoming webhook, and the timeline messages a test makes in it.</summary>
public sealed record ChatRoom(TestRoom Room)
{
    public string RoomId => Room.RoomId;

    public static async Task<ChatRoom> CreateAsync(RoomEventsHost host, Uri? webhookUrl, string locale = "en")
    {
        var room = await TestRoom.CreateAsync(host, locale);
        if (webhookUrl is not null)
            Assert.Equal(HttpStatusCode.NoContent, (await PutAsync(host, room, "general", webhookUrl)).StatusCode);
        return new ChatRoom(room);
    }

    /// <summary>Another room of this room's team, with the same members, connected to <paramref name="webhookUrl"/>.</summary>
    public async Task<ChatRoom> SiblingAsync(RoomEventsHost host, string name, Uri webhookUrl)
    {
        var sibling = new TestRoom(Room.TeamId, "C-" + Guid.NewGuid().ToString("N")[..8]);
        Assert.Equal(HttpStatusCode.Created, (await PutAsync(host, sibling, name, webhookUrl)).StatusCode);
        return new ChatRoom(sibling);
    }

    /// <summary>Starts a conference as Alice and has its bridge answer: the room gets an invitation. Returns the message id.</summary>
    public async Task<Guid> InvitationAsync(RoomEventsHost host, string? topic = "Weekly sync") =>
        await MessageOfAsync(host, await StartedConferenceAsync(host, topic));

    /// <summary>As <see cref="InvitationAsync"/>, returning the conference id once the invitation is in the timeline.</summary>
    public async Task<Guid> StartedConferenceAsync(RoomEventsHost host, string? topic = "Weekly sync")
    {
        var conferenceId = await Room.StartedByAliceAsync(host, topic);
        await host.PublishAsync(ConferenceEvents.Open(conferenceId, RoomId));
        await MessageOfAsync(host, conferenceId);
        return conferenceId;
    }

    private static async Task<HttpResponseMessage> PutAsync(RoomEventsHost host, TestRoom room, string name, Uri webhookUrl)
    {
        using var client = host.Client();
        var members = new[]
        {
            new { userId = TestRoom.Alice, name = "Alice Smith", email = "alice@example.com" },
            new { userId = TestRoom.Bob, name = "Bob", email = "bob@gmail.com" },
        };
        return await client.PutAsJsonAsync($"/api/rooms/{room.RoomId}", new { teamId = room.TeamId, name, members, webhookUrl = webhookUrl.ToString() });
    }

    /// <summary>Starts a conference as Alice and has its bridge fail: the room gets a failure notice. Returns the message id.</summary>
    public async Task<Guid> FailureAsync(RoomEventsHost host)
    {
        var conferenceId = await Room.StartedByAliceAsync(host);
        await host.PublishAsync(ConferenceEvents.Failed(conferenceId, RoomId));
        return await MessageOfAsync(host, conferenceId);
    }

    /// <summary>The room's timeline message ids, oldest first.</summary>
    public async Task<IReadOnlyList<Guid>> TimelineAsync(RoomEventsHost host)
    {
        using var alice = host.Client(TestRoom.Alice);
        var messages = await alice.GetFromJsonAsync<JsonElement>($"/api/rooms/{RoomId}/messages");
        return [.. messages.EnumerateArray().Select(m => m.GetProperty("messageId").GetGuid())];
    }

    // Waits on the timeline rather than on a consumer: with two instances, either may consume the event.
    private async Task<Guid> MessageOfAsync(RoomEventsHost host, Guid conferenceId)
    {
        using var alice = host.Client(TestRoom.Alice);
        var messageId = await Eventually.ValueAsync(
            async () =>
            {
                var messages = await alice.GetFromJsonAsync<JsonElement>($"/api/rooms/{RoomId}/messages");
                return messages.EnumerateArray()
                    .Where(m => m.GetProperty("conferenceId").GetGuid() == conferenceId)
                    .Select(m => m.GetProperty("messageId").GetString())
                    .FirstOrDefault();
            },
            $"no timeline message for conference {conferenceId} in room {RoomId}");
        return Guid.Parse(messageId);
    }
}
