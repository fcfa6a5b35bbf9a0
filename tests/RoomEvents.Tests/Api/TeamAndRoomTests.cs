using System.Net;
using System.Net.Http.Json;
using Conferencing.RoomEvents.Tests.Hosting;

namespace Conferencing.RoomEvents.Tests.Api;

public sealed class TeamAndRoomTests(HarnessHost host) : IClassFixture<HarnessHost>
{
    [Fact]
    public async Task PutTeam_InvalidFields_400NamingEachFieldAndNoTeamMade()
    {
        using var client = host.Client();
        var teamId = "T-" + Guid.NewGuid().ToString("N")[..8];

        var response = await client.PutAsJsonAsync($"/api/teams/{teamId}", new
        {
            name = "Acme\u202E",
            locale = "de",
            googleWorkspaceDomain = "not a domain",
            admins = new List<string> { "ok", "not ok" },
        });

        await ProblemAssert.IsInvalidAsync(response, "name", "locale", "googleWorkspaceDomain", "admins[1]");
        var room = await client.PutAsJsonAsync($"/api/rooms/C-{teamId}", new { teamId, name = "general", members = Array.Empty<object>() });
        await ProblemAssert.IsInvalidAsync(room, "teamId");
    }

    [Fact]
    public async Task PutTeam_Again_204()
    {
        var room = await TestRoom.CreateAsync(host);
        using var client = host.Client();

        var response = await client.PutAsJsonAsync($"/api/teams/{room.TeamId}", new { name = "Acme 2", locale = "ru" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task PutRoom_MembersReplaced_RemovedMemberMayNoLongerStart()
    {
        var room = await TestRoom.CreateAsync(host);
        using var client = host.Client();

        var replaced = await client.PutAsJsonAsync($"/api/rooms/{room.RoomId}", new
        {
            teamId = room.TeamId,
            name = "general",
            members = new[] { new { userId = TestRoom.Alice, name = "Alice", email = "alice@example.com" } },
        });

        Assert.Equal(HttpStatusCode.NoContent, replaced.StatusCode);
        await ProblemAssert.IsProblemAsync(await room.StartAsync(host, TestRoom.Bob), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task PutRoom_InvalidMember_400AndRoomUnchanged()
    {
        var room = await TestRoom.CreateAsync(host);
        using var client = host.Client();

        var response = await client.PutAsJsonAsync($"/api/rooms/{room.RoomId}", new
        {
            teamId = room.TeamId,
            name = "general",
            members = new[] { new { userId = TestRoom.Mallory, name = "Mallory", email = "mallory at evil" } },
        });

        await ProblemAssert.IsInvalidAsync(response, "members[0].email");
        await ProblemAssert.IsProblemAsync(await room.StartAsync(host, TestRoom.Mallory), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task PutRoom_BodyNotJson_400ProblemJson()
    {
        using var client = host.Client();

        var response = await client.PutAsync(
            new Uri("/api/rooms/C-broken", UriKind.Relative), new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }
}
