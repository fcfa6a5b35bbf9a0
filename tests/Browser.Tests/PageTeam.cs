using System.Net;
using System.Net.Http.Json;

namespace Conferencing.Browser.Tests;

/// <summary>
/// A team made through the chat backend's API for one test: rooms General (Alice, Bob, Carol), Design (Alice, Bob) and
/// Operations (Alice). Alice is the admin and has an UberConference room; Carol's address is outside acme.example.
/// </summary>
public sealed record PageTeam(string TeamId, string Name, string General, string Design, string Operations)
{
    public const string Alice = "alice";
    public const string Bob = "bob";
    public const string Carol = "carol";
    public const string AliceName = "Alice Example";
    public const string BobName = "Bob Builder";
    public const string CarolName = "Carol Outside";
    public const string AliceEmail = "alice@acme.example";
    public const string AliceDialIn = "+15550100199";
    public const string AliceUberConferenceRoom = "https://meetings.dialpad.com/room/alice-example";
    public const string UberConferencePin = "246810";
    public const string WorkspaceDomain = "acme.example";

    public static async Task<PageTeam> CreateAsync(PageSuite suite, string name, string locale = "en", string? workspaceDomain = null, bool uberConference = true)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var team = new PageTeam("team-" + suffix, name, "general-" + suffix, "design-" + suffix, "operations-" + suffix);
        using var api = suite.Api();
        var created = await api.PutAsJsonAsync($"/api/teams/{team.TeamId}", new
        {
            name,
            locale,
            googleWorkspaceDomain = workspaceDomain,
            admins = new[] { Alice },
            providers = new Dictionary<string, object>
            {
                ["google-hangout"] = new { enabled = true },
                ["uberconference"] = new { enabled = uberConference, pin = UberConferencePin },
            },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var alice = new { userId = Alice, name = AliceName, email = AliceEmail };
        var bob = new { userId = Bob, name = BobName, email = "bob@acme.example" };
        var carol = new { userId = Carol, name = CarolName, email = "carol@gmail.example" };
        await PutRoomAsync(api, team.General, team.TeamId, locale == "ru" ? "Общая" : "General", alice, bob, carol);
        await PutRoomAsync(api, team.Design, team.TeamId, locale == "ru" ? "Дизайн" : "Design", alice, bob);
        await PutRoomAsync(api, team.Operations, team.TeamId, locale == "ru" ? "Эксплуатация" : "Operations", alice);
        return team;
    }

    private static async Task PutRoomAsync(HttpClient api, string roomId, string teamId, string name, params object[] members)
    {
        var response = await api.PutAsJsonAsync($"/api/rooms/{roomId}", new { teamId, name, members });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
