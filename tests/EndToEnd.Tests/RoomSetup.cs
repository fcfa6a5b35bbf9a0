using System.Net.Http.Json;

namespace Conferencing.EndToEnd.Tests;

/// <summary>A team and a room as a chat backend would register them before anyone starts a conference.</summary>
internal static class RoomSetup
{
    public const string Alice = "alice";
    public const string Carol = "carol";

    /// <summary>
    /// Registers a team (with <paramref name="workspaceDomain"/> as its Workspace domain and <paramref name="uberConferencePin"/>
    /// as its UberConference PIN, when given) and a room with Alice and Carol.
    /// </summary>
    public static async Task<string> CreateAsync(HttpClient roomEvents, string? workspaceDomain = null, string? uberConferencePin = null)
    {
        var teamId = "team-" + Guid.NewGuid().ToString("N")[..8];
        var roomId = "room-" + Guid.NewGuid().ToString("N")[..8];
        var team = await roomEvents.PutAsJsonAsync($"/api/teams/{teamId}", new
        {
            name = "Acme",
            locale = "en",
            googleWorkspaceDomain = workspaceDomain,
            admins = new[] { Alice },
            providers = new Dictionary<string, object>
            {
                ["google-hangout"] = new { enabled = true },
                ["uberconference"] = new { enabled = true, pin = uberConferencePin },
            },
        });
        team.EnsureSuccessStatusCode();
        var room = await roomEvents.PutAsJsonAsync($"/api/rooms/{roomId}", new
        {
            teamId,
            name = "General",
            members = new[]
            {
                new { userId = Alice, name = "Alice Example", email = "alice@acme.example" },
                new { userId = Carol, name = "Carol Outside", email = "carol@gmail.example" },
            },
        });
        room.EnsureSuccessStatusCode();
        return roomId;
    }
}
