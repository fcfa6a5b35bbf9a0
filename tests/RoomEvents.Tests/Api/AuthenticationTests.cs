using System.Net;
using Conferencing.RoomEvents.Tests.Hosting;

namespace Conferencing.RoomEvents.Tests.Api;

public sealed class AuthenticationTests(HarnessHost host) : IClassFixture<HarnessHost>
{
    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    [InlineData("test-api-key-6f1c2b9")]
    public async Task ApiCall_WithoutTheRightKey_401ProblemJson(string? apiKey)
    {
        using var client = host.Client(TestRoom.Alice, apiKey);

        var response = await client.PutAsync(new Uri("/api/teams/T1", UriKind.Relative), JsonBody("{}"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.DoesNotContain(RoomEventsHost.ApiKey, problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiCall_WithBasicInsteadOfBearer_401()
    {
        using var client = host.Client(apiKey: null);
        client.DefaultRequestHeaders.Add("Authorization", "Basic " + RoomEventsHost.ApiKey);

        var response = await client.GetAsync(new Uri("/api/rooms/C1/messages", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_WithoutKey_Healthy(string path)
    {
        using var client = host.Client(apiKey: null);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    private static StringContent JsonBody(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
