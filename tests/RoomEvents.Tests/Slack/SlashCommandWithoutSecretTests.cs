using System.Net;
using Conferencing.RoomEvents.Tests.Hosting;

namespace Conferencing.RoomEvents.Tests.Slack;

public sealed class SlashCommandWithoutSecretTests(HarnessHost host) : IClassFixture<HarnessHost>
{
    [Fact]
    public async Task Command_NoSigningSecretConfigured_404AndNothingStarted()
    {
        var room = await TestRoom.CreateAsync(host);
        using var client = host.Factory.CreateClient();
        using var request = new SlackCommandRequest("/hangout", "", room.TeamId, room.RoomId, TestRoom.Alice).SignedRequest("any-secret");

        var response = await client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(0, await host.CountConferencesAsync(room.RoomId));
    }
}
