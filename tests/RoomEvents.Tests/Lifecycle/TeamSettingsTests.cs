using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.RoomEvents.Tests.Hosting;

namespace Conferencing.RoomEvents.Tests.Lifecycle;

/// <summary>Alice is the test team's admin; Bob is a member of its room; Mallory is neither.</summary>
public sealed class TeamSettingsTests(HarnessHost host) : IClassFixture<HarnessHost>
{
    [Fact]
    public async Task GetTeam_Member_SettingsWithoutThePin()
    {
        var room = await TestRoom.CreateAsync(host);
        using var bob = host.Client(TestRoom.Bob);

        var team = await bob.GetFromJsonAsync<JsonElement>($"/api/teams/{room.TeamId}");

        Assert.Equal(room.TeamId, team.GetProperty("teamId").GetString());
        Assert.Equal("Acme", team.GetProperty("name").GetString());
        Assert.Equal("en", team.GetProperty("locale").GetString());
        Assert.Equal(TestRoom.WorkspaceDomain, team.GetProperty("googleWorkspaceDomain").GetString());
        Assert.Equal([TestRoom.Alice], team.GetProperty("admins").EnumerateArray().Select(a => a.GetString()));
        Assert.False(team.GetProperty("isAdmin").GetBoolean());
        var providers = team.GetProperty("providers");
        Assert.True(providers.GetProperty("google-hangout").GetProperty("enabled").GetBoolean());
        Assert.True(providers.GetProperty("uberconference").GetProperty("enabled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, providers.GetProperty("uberconference").GetProperty("pin").ValueKind);
    }

    [Fact]
    public async Task GetTeam_Admin_SeesThePin()
    {
        var room = await TestRoom.CreateAsync(host);
        using var alice = host.Client(TestRoom.Alice);

        var team = await alice.GetFromJsonAsync<JsonElement>($"/api/teams/{room.TeamId}");

        Assert.True(team.GetProperty("isAdmin").GetBoolean());
        Assert.Equal(TestRoom.UberConferencePin, team.GetProperty("providers").GetProperty("uberconference").GetProperty("pin").GetString());
    }

    [Fact]
    public async Task GetTeam_Outsider_Forbidden()
    {
        var room = await TestRoom.CreateAsync(host);
        using var mallory = host.Client(TestRoom.Mallory);

        await ProblemAssert.IsProblemAsync(await mallory.GetAsync(new Uri($"/api/teams/{room.TeamId}", UriKind.Relative)), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task PutProvider_AdminSwitchesGoogleOff_TeamShowsItAndStartsAreRefusedWithTheReason()
    {
        var room = await TestRoom.CreateAsync(host);
        using var alice = host.Client(TestRoom.Alice);

        var response = await alice.PutAsJsonAsync($"/api/teams/{room.TeamId}/providers/google-hangout", new { enabled = false });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var team = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(team.GetProperty("providers").GetProperty("google-hangout").GetProperty("enabled").GetBoolean());
        using var bob = host.Client(TestRoom.Bob);
        var seen = await bob.GetFromJsonAsync<JsonElement>($"/api/teams/{room.TeamId}");
        Assert.False(seen.GetProperty("providers").GetProperty("google-hangout").GetProperty("enabled").GetBoolean());
        var start = await room.StartAsync(host, userId: TestRoom.Bob);
        var problem = await ProblemAssert.IsProblemAsync(start, HttpStatusCode.Forbidden);
        Assert.Equal("The provider is switched off.", problem.GetProperty("title").GetString());
        Assert.Equal(0, await host.CountConferencesAsync(room.RoomId));
    }

    [Fact]
    public async Task PutProvider_NonAdmin_ForbiddenAndNothingChanges()
    {
        var room = await TestRoom.CreateAsync(host);
        using var bob = host.Client(TestRoom.Bob);

        var response = await bob.PutAsJsonAsync($"/api/teams/{room.TeamId}/providers/uberconference", new { enabled = false, pin = "999" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("Only the team's admins change its settings.", problem.GetProperty("title").GetString());
        using var alice = host.Client(TestRoom.Alice);
        var team = await alice.GetFromJsonAsync<JsonElement>($"/api/teams/{room.TeamId}");
        var uberConference = team.GetProperty("providers").GetProperty("uberconference");
        Assert.True(uberConference.GetProperty("enabled").GetBoolean());
        Assert.Equal(TestRoom.UberConferencePin, uberConference.GetProperty("pin").GetString());
    }

    [Fact]
    public async Task PutProvider_AdminSetsAndRemovesThePin_KeptWhenLeftOut()
    {
        var room = await TestRoom.CreateAsync(host);
        using var alice = host.Client(TestRoom.Alice);
        var path = $"/api/teams/{room.TeamId}/providers/uberconference";

        var set = await (await alice.PutAsJsonAsync(path, new { enabled = true, pin = "987654321" })).Content.ReadFromJsonAsync<JsonElement>();
        var kept = await (await alice.PutAsJsonAsync(path, new { enabled = false })).Content.ReadFromJsonAsync<JsonElement>();
        var removed = await (await alice.PutAsJsonAsync(path, new { enabled = true, pin = "" })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("987654321", set.GetProperty("providers").GetProperty("uberconference").GetProperty("pin").GetString());
        Assert.Equal("987654321", kept.GetProperty("providers").GetProperty("uberconference").GetProperty("pin").GetString());
        Assert.False(kept.GetProperty("providers").GetProperty("uberconference").GetProperty("enabled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, removed.GetProperty("providers").GetProperty("uberconference").GetProperty("pin").ValueKind);
    }

    [Fact]
    public async Task PutProvider_BadRequests_InvalidWithFieldReasons()
    {
        var room = await TestRoom.CreateAsync(host);
        using var alice = host.Client(TestRoom.Alice);

        await ProblemAssert.IsInvalidAsync(await alice.PutAsJsonAsync($"/api/teams/{room.TeamId}/providers/zoom", new { enabled = true }), "provider");
        await ProblemAssert.IsInvalidAsync(await alice.PutAsJsonAsync($"/api/teams/{room.TeamId}/providers/uberconference", new { pin = "12a4" }), "enabled", "pin");
        await ProblemAssert.IsInvalidAsync(await alice.PutAsJsonAsync($"/api/teams/{room.TeamId}/providers/google-hangout", new { enabled = true, pin = "1234" }), "pin");
    }

    [Fact]
    public async Task PutWorkspaceDomain_Admin_ChangesIt_NonAdminForbidden()
    {
        var room = await TestRoom.CreateAsync(host);
        using var alice = host.Client(TestRoom.Alice);
        using var bob = host.Client(TestRoom.Bob);
        var path = $"/api/teams/{room.TeamId}/workspace-domain";

        var byBob = await bob.PutAsJsonAsync(path, new { googleWorkspaceDomain = "gmail.com" });
        var byAlice = await alice.PutAsJsonAsync(path, new { googleWorkspaceDomain = "Acme.Example.org" });
        var invalid = await alice.PutAsJsonAsync(path, new { googleWorkspaceDomain = "not a domain" });

        await ProblemAssert.IsProblemAsync(byBob, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, byAlice.StatusCode);
        await ProblemAssert.IsInvalidAsync(invalid, "googleWorkspaceDomain");
        var team = await bob.GetFromJsonAsync<JsonElement>($"/api/teams/{room.TeamId}");
        Assert.Equal("acme.example.org", team.GetProperty("googleWorkspaceDomain").GetString());

        var cleared = await alice.PutAsJsonAsync(path, new { googleWorkspaceDomain = (string?)null });
        Assert.Equal(JsonValueKind.Null, (await cleared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("googleWorkspaceDomain").ValueKind);
    }

    [Fact]
    public async Task GetRoom_Member_RoomWithMembersButNoEmails()
    {
        var room = await TestRoom.CreateAsync(host);
        using var bob = host.Client(TestRoom.Bob);

        var seen = await bob.GetFromJsonAsync<JsonElement>($"/api/rooms/{room.RoomId}");

        Assert.Equal(room.TeamId, seen.GetProperty("teamId").GetString());
        Assert.Equal("general", seen.GetProperty("name").GetString());
        var members = seen.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal([TestRoom.Alice, TestRoom.Bob], members.Select(m => m.GetProperty("userId").GetString()));
        Assert.All(members, member => Assert.False(member.TryGetProperty("email", out _)));
        using var mallory = host.Client(TestRoom.Mallory);
        await ProblemAssert.IsProblemAsync(await mallory.GetAsync(new Uri($"/api/rooms/{room.RoomId}", UriKind.Relative)), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task GetTeamRooms_Member_OnlyTheRoomsTheyAreIn()
    {
        var room = await TestRoom.CreateAsync(host);
        var design = await TeamRooms.CreateAsync(host, room.TeamId, "design", TeamRooms.BobMember);
        await TeamRooms.CreateAsync(host, room.TeamId, "secret", TeamRooms.CarolMember);
        using var bob = host.Client(TestRoom.Bob);

        var rooms = await bob.GetFromJsonAsync<JsonElement>($"/api/teams/{room.TeamId}/rooms");

        Assert.Equal([design, room.RoomId], rooms.EnumerateArray().Select(r => r.GetProperty("roomId").GetString()));
        Assert.Equal(["design", "general"], rooms.EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        using var mallory = host.Client(TestRoom.Mallory);
        await ProblemAssert.IsProblemAsync(await mallory.GetAsync(new Uri($"/api/teams/{room.TeamId}/rooms", UriKind.Relative)), HttpStatusCode.Forbidden);
    }
}
