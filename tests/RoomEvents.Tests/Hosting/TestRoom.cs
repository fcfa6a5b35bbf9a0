using System.Net;
using System.Net.Http.Json;

namespace Conferencing.RoomEvents.Tests.Hosting;

/// <summary>
/// A team and a room made through the API for one test: Alice (a Workspace account of example.com) and Bob (gmail)
/// are members; Mallory is not.
/// </summary>
public sealed record TestRoom(string TeamId, string RoomId)
{
    public const string Alice = "U-alice";
    public const string Bob = "U-bob";
    public const string Mallory = "U-mallory";
    public const string WorkspaceDomain = "example.com";
    public const string UberConferencePin = "4321";

    public static async Task<TestRoom> CreateAsync(
        RoomEventsHost host, string locale = "en", string? workspaceDomain = WorkspaceDomain, bool googleHangout = true, bool uberConference = true,
        string? uberConferencePin = UberConferencePin)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var room = new TestRoom("T-" + suffix, "C-" + suffix);
        using var client = host.Client();
        var team = await client.PutAsJsonAsync($"/api/teams/{room.TeamId}", new
        {
            name = "Acme",
            locale,
            googleWorkspaceDomain = workspaceDomain,
            admins = new[] { Alice },
            providers = new Dictionary<string, object>
            {
                ["google-hangout"] = new { enabled = googleHangout },
                ["uberconference"] = new { enabled = uberConference, pin = uberConferencePin },
            },
        });
        Assert.Equal(HttpStatusCode.Created, team.StatusCode);
        var members = new[]
        {
            new { userId = Alice, name = "Alice Smith", email = "alice@example.com" },
            new { userId = Bob, name = "Bob", email = "bob@gmail.com" },
        };
        var created = await client.PutAsJsonAsync($"/api/rooms/{room.RoomId}", new { teamId = room.TeamId, name = "general", members });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return room;
    }

    /// <summary>POST /api/rooms/{roomId}/conferences as <paramref name="userId"/>.</summary>
    public async Task<HttpResponseMessage> StartAsync(
        RoomEventsHost host, string userId = Alice, string provider = "google-hangout", string? topic = "Weekly sync", string? idempotencyKey = null)
    {
        using var client = host.Client(userId);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/rooms/{RoomId}/conferences")
        {
            Content = JsonContent.Create(new { provider, topic }),
        };
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await client.SendAsync(request);
    }

    /// <summary>Starts a conference (Google Meet unless told otherwise) as Alice and returns its id.</summary>
    public async Task<Guid> StartedByAliceAsync(RoomEventsHost host, string? topic = "Weekly sync", string provider = "google-hangout")
    {
        var response = await StartAsync(host, provider: provider, topic: topic);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<AcceptedBody>();
        return accepted!.ConferenceId;
    }

    private sealed record AcceptedBody(Guid ConferenceId, string Status);
}
