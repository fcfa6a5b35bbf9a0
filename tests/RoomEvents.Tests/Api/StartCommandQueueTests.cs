using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.RoomEvents.Tests.Hosting;

namespace Conferencing.RoomEvents.Tests.Api;

/// <summary>
/// A start's command lands in the bridge's queue. On the real broker, because that is the subject: the command goes
/// through the exchange of the quorum queue the bridge declared, mandatory (BrokerQueues), and only RabbitMQ shows it
/// arrives; <see cref="StartConferenceTests"/> checks the rest of a start on the test harness.
/// </summary>
public sealed class StartCommandQueueTests(BrokerHost host) : IClassFixture<BrokerHost>
{
    [Fact]
    public async Task Start_MemberAsksForGoogleHangout_202AndCommandInBridgeQueue()
    {
        var room = await TestRoom.CreateAsync(host);
        await using var bridge = await BridgeInboxes.HangoutAsync(host.Broker);

        var response = await room.StartAsync(host, topic: "Weekly sync");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        var conferenceId = accepted.GetProperty("conferenceId").GetGuid();
        Assert.Equal("starting", accepted.GetProperty("status").GetString());
        Assert.Equal($"/api/conferences/{conferenceId}", response.Headers.Location?.OriginalString);

        var command = await bridge.TakeAsync(conferenceId);
        Assert.Equal(room.RoomId, command.RoomId);
        Assert.Equal(room.TeamId, command.TeamId);
        Assert.Equal(TestRoom.Alice, command.Starter.UserId);
        Assert.Equal("alice@example.com", command.Starter.Email);
        Assert.Equal("Weekly sync", command.Topic);
        Assert.Equal("en", command.Locale);
        Assert.Equal(TestRoom.WorkspaceDomain, command.WorkspaceDomain);
        Assert.Equal([TestRoom.Alice, TestRoom.Bob], command.RoomMembers.Select(m => m.UserId));
    }

    [Fact]
    public async Task Start_MemberAsksForUberConference_202AndCommandWithTeamPinInBridgeQueue()
    {
        var room = await TestRoom.CreateAsync(host);
        await using var bridge = await BridgeInboxes.UberConferenceAsync(host.Broker);

        var response = await room.StartAsync(host, provider: "uberconference", topic: "Standup");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var conferenceId = await ConferenceIdOf(response);
        var command = await bridge.TakeAsync(conferenceId);
        Assert.Equal(room.RoomId, command.RoomId);
        Assert.Equal(room.TeamId, command.TeamId);
        Assert.Equal("alice@example.com", command.Starter.Email);
        Assert.Equal("Standup", command.Topic);
        Assert.Equal("en", command.Locale);
        Assert.Equal(TestRoom.UberConferencePin, command.Pin);
        Assert.Equal([TestRoom.Alice, TestRoom.Bob], command.RoomMembers.Select(m => m.UserId));
    }

    private static async Task<Guid> ConferenceIdOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conferenceId").GetGuid();
}
