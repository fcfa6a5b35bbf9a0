using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.Contracts;
using Conferencing.RoomEvents.Tests.Hosting;

namespace Conferencing.RoomEvents.Tests.Lifecycle;

/// <summary>
/// More rooms for a <see cref="TestRoom"/>'s team (or another team), and running conferences in them. Besides Alice and
/// Bob: Carol (gmail, outside the Workspace domain) and Dave (example.com, inside it).
/// </summary>
public static class TeamRooms
{
    public const string Carol = "U-carol";
    public const string Dave = "U-dave";

    public static readonly object AliceMember = new { userId = TestRoom.Alice, name = "Alice Smith", email = "alice@example.com" };
    public static readonly object BobMember = new { userId = TestRoom.Bob, name = "Bob", email = "bob@gmail.com" };
    public static readonly object CarolMember = new { userId = Carol, name = "Carol", email = "carol@gmail.com" };
    public static readonly object DaveMember = new { userId = Dave, name = "Dave", email = "dave@example.com" };

    /// <summary>PUT /api/rooms/{roomId} with a fresh id; returns the id.</summary>
    public static async Task<string> CreateAsync(RoomEventsHost host, string teamId, string name, params object[] members)
    {
        var roomId = "C-" + Guid.NewGuid().ToString("N")[..8];
        using var client = host.Client();
        var created = await client.PutAsJsonAsync($"/api/rooms/{roomId}", new { teamId, name, members });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return roomId;
    }

    /// <summary>Starts a conference as <paramref name="starter"/> and lets the bridge's ConferenceStarted arrive.</summary>
    public static async Task<Guid> RunningAsync(RoomEventsHost host, TestRoom room, bool restricted = false, string starter = TestRoom.Alice)
    {
        var response = await room.StartAsync(host, userId: starter);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var conferenceId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conferenceId").GetGuid();
        await host.PublishAsync(restricted ? ConferenceEvents.Restricted(conferenceId, room.RoomId) : ConferenceEvents.Open(conferenceId, room.RoomId));
        await host.Consumed.WaitForAsync<ConferenceStarted>(e => e.ConferenceId == conferenceId);
        return conferenceId;
    }

    public static async Task<IReadOnlyList<JsonElement>> TimelineAsync(RoomEventsHost host, string roomId, string userId)
    {
        using var client = host.Client(userId);
        var messages = await client.GetFromJsonAsync<JsonElement>($"/api/rooms/{roomId}/messages");
        return [.. messages.EnumerateArray()];
    }

    public static async Task<HttpResponseMessage> ShareAsync(RoomEventsHost host, Guid conferenceId, string roomId, string userId)
    {
        using var client = host.Client(userId);
        return await client.PostAsJsonAsync($"/api/conferences/{conferenceId}/shares", new { roomId });
    }

    public static async Task<HttpResponseMessage> EndAsync(RoomEventsHost host, Guid conferenceId, string userId)
    {
        using var client = host.Client(userId);
        return await client.PostAsync(new Uri($"/api/conferences/{conferenceId}/end", UriKind.Relative), null);
    }

    public static async Task<JsonElement> ConferenceAsync(RoomEventsHost host, Guid conferenceId, string userId)
    {
        using var client = host.Client(userId);
        return await client.GetFromJsonAsync<JsonElement>($"/api/conferences/{conferenceId}");
    }
}
