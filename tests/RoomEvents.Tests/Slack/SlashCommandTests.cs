using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.Contracts;
using Conferencing.RoomEvents.Tests.Hosting;

namespace Conferencing.RoomEvents.Tests.Slack;

public sealed class SlashCommandTests(SlackHost host) : IClassFixture<SlackHost>
{
    [Fact]
    public async Task Command_HangoutWithGoodSignature_200EphemeralAndStartGoogleHangoutSent()
    {
        var room = await TestRoom.CreateAsync(host);

        var response = await SendAsync(Hangout(room, "Weekly sync"));

        Assert.Equal("Starting a conference on Google Meet…\n"
            + "This channel has no incoming webhook, so the invitation will not be posted here. Ask an admin to connect one.",
            await EphemeralTextAsync(response));
        var command = await host.Harness.FirstSentAsync<StartGoogleHangout>(c => c.RoomId == room.RoomId);
        Assert.Equal(room.TeamId, command.TeamId);
        Assert.Equal(TestRoom.Alice, command.Starter.UserId);
        Assert.Equal("Weekly sync", command.Topic);
        Assert.Equal(1, await host.CountConferencesAsync(room.RoomId));
    }

    [Fact]
    public async Task Command_UberConference_200EphemeralAndStartUberConferenceSent()
    {
        var room = await TestRoom.CreateAsync(host);

        var response = await SendAsync(new SlackCommandRequest("/uberconference", "", room.TeamId, room.RoomId, TestRoom.Bob));

        Assert.StartsWith("Starting a conference on UberConference…", await EphemeralTextAsync(response), StringComparison.Ordinal);
        var command = await host.Harness.FirstSentAsync<StartUberConference>(c => c.RoomId == room.RoomId);
        Assert.Equal(TestRoom.Bob, command.Starter.UserId);
        Assert.Null(command.Topic);
        Assert.Equal(TestRoom.UberConferencePin, command.Pin);
    }

    [Fact]
    public async Task Command_RussianTeam_AnswersInRussian()
    {
        var room = await TestRoom.CreateAsync(host, locale: "ru");

        var response = await SendAsync(Hangout(room, "Планёрка"));

        Assert.StartsWith("Запускаю конференцию Google Meet…", await EphemeralTextAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_BadSignature_401AndNothingStarted()
    {
        var room = await TestRoom.CreateAsync(host);

        var response = await SendAsync(Hangout(room), secret: "not-the-signing-secret");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal(0, await host.CountConferencesAsync(room.RoomId));
    }

    [Fact]
    public async Task Command_WithoutSignature_401AndNothingStarted()
    {
        var room = await TestRoom.CreateAsync(host);
        using var client = host.Factory.CreateClient();
        using var request = Hangout(room).SignedRequest();
        request.Headers.Remove("X-Slack-Signature");

        var response = await client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal(0, await host.CountConferencesAsync(room.RoomId));
    }

    [Fact]
    public async Task Command_StaleTimestamp_401AndNothingStarted()
    {
        var room = await TestRoom.CreateAsync(host);

        var response = await SendAsync(Hangout(room), signedAt: DateTimeOffset.UtcNow.AddMinutes(-6));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("five minutes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await host.CountConferencesAsync(room.RoomId));
    }

    [Fact]
    public async Task Command_ReplayedWithinTheWindow_401AndOneConference()
    {
        var room = await TestRoom.CreateAsync(host);
        var command = Hangout(room);
        var signedAt = DateTimeOffset.UtcNow;

        var first = await SendAsync(command, signedAt: signedAt);
        var replay = await SendAsync(command, signedAt: signedAt);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var problem = await ProblemAssert.IsProblemAsync(replay, HttpStatusCode.Unauthorized);
        Assert.Contains("replay", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await host.CountConferencesAsync(room.RoomId));
    }

    [Fact]
    public async Task Command_SameTriggerIdSignedAgain_StillOneConference()
    {
        var room = await TestRoom.CreateAsync(host);
        var command = Hangout(room);

        // As a replay that reached another instance would be: new to this instance's memory, not to the database.
        var first = await SendAsync(command, signedAt: DateTimeOffset.UtcNow.AddSeconds(-1));
        var again = await SendAsync(command, signedAt: DateTimeOffset.UtcNow);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, await host.CountConferencesAsync(room.RoomId));
    }

    [Fact]
    public async Task Command_UnknownChannel_200ExplanationAndNothingStarted()
    {
        var room = await TestRoom.CreateAsync(host);

        var response = await SendAsync(new SlackCommandRequest("/hangout", "", room.TeamId, "C-unknown-channel", TestRoom.Alice));

        Assert.Equal(
            "This channel is not connected to the conferencing service. Ask an admin to connect it.",
            await EphemeralTextAsync(response));
        Assert.Equal(0, await host.CountConferencesAsync(room.RoomId));
    }

    [Fact]
    public async Task Command_ChannelOfAnotherTeam_200ExplanationAndNothingStarted()
    {
        var room = await TestRoom.CreateAsync(host);
        var other = await TestRoom.CreateAsync(host);

        var response = await SendAsync(new SlackCommandRequest("/hangout", "", other.TeamId, room.RoomId, TestRoom.Alice));

        Assert.StartsWith("This channel is not connected", await EphemeralTextAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await host.CountConferencesAsync(room.RoomId));
    }

    [Fact]
    public async Task Command_UnknownWorkspace_200ExplanationInEnglish()
    {
        var response = await SendAsync(new SlackCommandRequest("/hangout", "", "T-unknown", "C-unknown", TestRoom.Alice));

        Assert.Equal(
            "This Slack workspace is not connected to the conferencing service. Ask an admin to connect it.",
            await EphemeralTextAsync(response));
    }

    [Fact]
    public async Task Command_UserOutsideTheRoom_200ExplanationAndNothingStarted()
    {
        var room = await TestRoom.CreateAsync(host);

        var response = await SendAsync(new SlackCommandRequest("/hangout", "", room.TeamId, room.RoomId, TestRoom.Mallory));

        Assert.Equal(
            "You are not a member of this channel's conference room. Ask an admin to add you.",
            await EphemeralTextAsync(response));
        Assert.Equal(0, await host.CountConferencesAsync(room.RoomId));
    }

    [Fact]
    public async Task Command_ProviderSwitchedOff_200ReasonAndNothingStarted()
    {
        var room = await TestRoom.CreateAsync(host, googleHangout: false);

        var response = await SendAsync(Hangout(room));

        Assert.Equal("Your team's admins switched Google Meet off.", await EphemeralTextAsync(response));
        Assert.Equal(0, await host.CountConferencesAsync(room.RoomId));
    }

    [Fact]
    public async Task Command_UnknownCommand_200NamesTheKnownOnesAndNothingStarted()
    {
        var room = await TestRoom.CreateAsync(host);

        var response = await SendAsync(new SlackCommandRequest("/zoom", "<!channel>", room.TeamId, room.RoomId, TestRoom.Alice));

        Assert.Equal("I don't know /zoom. Use /hangout [topic] or /uberconference [topic].", await EphemeralTextAsync(response));
        Assert.Equal(0, await host.CountConferencesAsync(room.RoomId));
    }

    [Fact]
    public async Task Command_TopicTooLong_200ExplanationAndNothingStarted()
    {
        var room = await TestRoom.CreateAsync(host);

        var response = await SendAsync(Hangout(room, new string('x', 201)));

        Assert.Equal("The topic must be at most 200 characters, without line breaks or control characters.", await EphemeralTextAsync(response));
        Assert.Equal(0, await host.CountConferencesAsync(room.RoomId));
    }

    [Fact]
    public async Task Command_WithApiKeyButNoSignature_401()
    {
        var room = await TestRoom.CreateAsync(host);
        using var client = host.Client(TestRoom.Alice);

        var response = await client.PostAsync(
            new Uri("/slack/commands", UriKind.Relative), new StringContent(Hangout(room).Body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    private static SlackCommandRequest Hangout(TestRoom room, string topic = "Weekly sync") =>
        new("/hangout", topic, room.TeamId, room.RoomId, TestRoom.Alice);

    private async Task<HttpResponseMessage> SendAsync(
        SlackCommandRequest command, string secret = SlackHost.SigningSecret, DateTimeOffset? signedAt = null)
    {
        using var client = host.Factory.CreateClient();
        using var request = command.SignedRequest(secret, signedAt);
        return await client.SendAsync(request);
    }

    private static async Task<string> EphemeralTextAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ephemeral", body.GetProperty("response_type").GetString());
        return body.GetProperty("text").GetString()!;
    }
}
