using System.Net;
using System.Net.Http.Json;
using Conferencing.RoomEvents.Tests.Hosting;

namespace Conferencing.RoomEvents.Tests.Web;

/// <summary>With <c>RoomEvents:DevSignIn</c> left at false: the page is served, nobody can sign in.</summary>
public sealed class DevSignInDisabledTests(HarnessHost host) : IClassFixture<HarnessHost>
{
    [Theory]
    [InlineData("GET", "/web/directory")]
    [InlineData("GET", "/web/session")]
    [InlineData("POST", "/web/sign-in")]
    [InlineData("POST", "/web/sign-out")]
    public async Task SignInEndpoint_WhenDisabled_404(string method, string path)
    {
        using var browser = host.Client(apiKey: null);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Add("X-Requested-With", "room-page");
        if (method == "POST")
            request.Content = JsonContent.Create(new { teamId = "T1", userId = TestRoom.Alice });

        var response = await browser.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Page_ServedWithContentSecurityPolicyAndNosniff()
    {
        using var browser = host.Client(apiKey: null);

        var response = await browser.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.StartsWith("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri("/js/app.js", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ApiCall_WithoutKeyOrCookie_StillA401()
    {
        using var browser = host.Client(apiKey: null);
        browser.DefaultRequestHeaders.Add("X-User-Id", TestRoom.Alice);

        var response = await browser.GetAsync(new Uri("/api/rooms/C1/messages", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }
}
