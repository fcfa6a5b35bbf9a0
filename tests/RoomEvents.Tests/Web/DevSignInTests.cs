using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.RoomEvents.Tests.Hosting;

namespace Conferencing.RoomEvents.Tests.Web;

/// <summary>The development sign-in's cookie: who it makes the acting user, what it may call, and the CSRF rule.</summary>
public sealed class DevSignInTests(DevSignInHost host) : IClassFixture<DevSignInHost>
{
    [Fact]
    public async Task SignIn_Member_HttpOnlySameSiteStrictCookieAndSession()
    {
        var room = await TestRoom.CreateAsync(host);
        using var browser = host.Browser();

        var response = await SignInAsync(browser, room.TeamId, TestRoom.Bob);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("room-page=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);
        var session = await browser.GetFromJsonAsync<JsonElement>("/web/session");
        Assert.Equal(TestRoom.Bob, session.GetProperty("userId").GetString());
        Assert.Equal(room.TeamId, session.GetProperty("teamId").GetString());
        Assert.Equal("en", session.GetProperty("locale").GetString());
    }

    [Fact]
    public async Task CookieCall_ActsAsTheSignedInMember_NotAsTheXUserIdItSends()
    {
        var room = await TestRoom.CreateAsync(host);
        using var browser = host.Browser();
        await SignInAsync(browser, room.TeamId, TestRoom.Bob);
        browser.DefaultRequestHeaders.Add("X-User-Id", TestRoom.Alice);

        var started = await browser.PostAsJsonAsync($"/api/rooms/{room.RoomId}/conferences", new { provider = "google-hangout", topic = "Mine" });

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var conferenceId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conferenceId").GetGuid();
        var conference = await browser.GetFromJsonAsync<JsonElement>($"/api/conferences/{conferenceId}");
        Assert.Equal(TestRoom.Bob, conference.GetProperty("startedBy").GetProperty("userId").GetString());
    }

    [Fact]
    public async Task CookieStateChange_WithoutTheCsrfHeader_403AndNothingStarted()
    {
        var room = await TestRoom.CreateAsync(host);
        using var browser = host.Browser(csrfHeader: false);
        await SignInWithHeaderAsync(browser, room.TeamId, TestRoom.Alice);

        var started = await browser.PostAsJsonAsync($"/api/rooms/{room.RoomId}/conferences", new { provider = "google-hangout" });

        var problem = await ProblemAssert.IsProblemAsync(started, HttpStatusCode.Forbidden);
        Assert.Contains("X-Requested-With", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await host.CountConferencesAsync(room.RoomId));
        // Reading needs no header: a GET changes nothing.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri($"/api/rooms/{room.RoomId}/messages", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task SignIn_WithoutTheCsrfHeader_403NoCookie()
    {
        var room = await TestRoom.CreateAsync(host);
        using var browser = host.Browser(csrfHeader: false);

        var response = await SignInAsync(browser, room.TeamId, TestRoom.Alice);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task CookieCall_ToTheChatBackendsTeamAndRoomEndpoints_401()
    {
        var room = await TestRoom.CreateAsync(host);
        using var browser = host.Browser();
        await SignInAsync(browser, room.TeamId, TestRoom.Alice); // even a team admin: these are the chat backend's

        var team = await browser.PutAsJsonAsync($"/api/teams/{room.TeamId}", new { name = "Taken over", locale = "en" });
        var newRoom = await browser.PutAsJsonAsync($"/api/rooms/{room.RoomId}", new { teamId = room.TeamId, name = "Taken over" });

        await ProblemAssert.IsProblemAsync(team, HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(newRoom, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignIn_SomeoneInNoRoomOfTheTeam_403()
    {
        var room = await TestRoom.CreateAsync(host);
        using var browser = host.Browser();

        await ProblemAssert.IsProblemAsync(await SignInAsync(browser, room.TeamId, TestRoom.Mallory), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await SignInAsync(browser, "no-such-team", TestRoom.Alice), HttpStatusCode.NotFound);
        await ProblemAssert.IsInvalidAsync(await SignInAsync(browser, "bad team", ""), "teamId", "userId");
    }

    [Fact]
    public async Task SignOut_TheCookieNoLongerOpensTheApi()
    {
        var room = await TestRoom.CreateAsync(host);
        using var browser = host.Browser();
        await SignInAsync(browser, room.TeamId, TestRoom.Alice);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri($"/api/rooms/{room.RoomId}/messages", UriKind.Relative))).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync(new Uri("/web/sign-out", UriKind.Relative), null)).StatusCode);

        await ProblemAssert.IsProblemAsync(await browser.GetAsync(new Uri($"/api/rooms/{room.RoomId}/messages", UriKind.Relative)), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.NoContent, (await browser.GetAsync(new Uri("/web/session", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Directory_ListsTeamsRoomsAndMembers_WithoutEmails()
    {
        var room = await TestRoom.CreateAsync(host);
        using var browser = host.Browser();

        var response = await browser.GetAsync(new Uri("/web/directory", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        var team = JsonDocument.Parse(body).RootElement.EnumerateArray().Single(t => t.GetProperty("teamId").GetString() == room.TeamId);
        var listed = team.GetProperty("rooms").EnumerateArray().Single();
        Assert.Equal(room.RoomId, listed.GetProperty("roomId").GetString());
        Assert.Equal([TestRoom.Alice, TestRoom.Bob], listed.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("userId").GetString()));
        Assert.DoesNotContain("@example.com", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Labels_SignedInToARussianTeam_InRussian()
    {
        var room = await TestRoom.CreateAsync(host, locale: "ru");
        using var browser = host.Browser();
        await SignInAsync(browser, room.TeamId, TestRoom.Alice);

        var labels = await browser.GetFromJsonAsync<JsonElement>("/web/labels");

        Assert.Equal("ru", labels.GetProperty("locale").GetString());
        Assert.Equal("Начать Google Hangout", labels.GetProperty("labels").GetProperty("Menu_StartGoogleHangout").GetString());
    }

    [Theory]
    [InlineData("ru", "ru", "Войти")]
    [InlineData("en", "en", "Sign in")]
    [InlineData("fr", "en", "Sign in")]
    public async Task Labels_ForALocale_ThatLanguageOrEnglish(string asked, string answered, string signIn)
    {
        using var anonymous = host.Client(apiKey: null);

        var labels = await anonymous.GetFromJsonAsync<JsonElement>($"/web/labels?locale={asked}");

        Assert.Equal(answered, labels.GetProperty("locale").GetString());
        Assert.Equal(signIn, labels.GetProperty("labels").GetProperty("SignIn_Submit").GetString());
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient browser, string teamId, string userId) =>
        browser.PostAsJsonAsync("/web/sign-in", new { teamId, userId });

    private static async Task SignInWithHeaderAsync(HttpClient browser, string teamId, string userId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/web/sign-in") { Content = JsonContent.Create(new { teamId, userId }) };
        request.Headers.Add("X-Requested-With", "room-page");
        (await browser.SendAsync(request)).EnsureSuccessStatusCode();
    }
}
