using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conferencing.Testing;

namespace Conferencing.Faults.Tests;

/// <summary>
/// A stream of starts while one part of the suite crashes (SIGKILL) and comes back: every accepted start is still
/// answered once. The classes of this project run one at a time (xunit.runner.json) because one of them kills the
/// machine's RabbitMQ; scripts/test.sh runs the project after all the others for the same reason.
/// </summary>
public sealed class CrashTests
{
    private const int Starts = 300;
    private const int Concurrency = 8;
    private const int Rooms = 6;

    // The broker dies with confirms pending: RabbitMQ.Client (7.1.2, and still 7.2.2) never completes them, and without a
    // deadline on every publish (Hosting/BrokerDeadline) the bridge's consumers wait on them for good, holding every
    // concurrency slot: half the runs failed so (docs/decisions/0001-broker-deadlines.md).
    [Fact]
    public async Task RabbitMq_KilledMidStream_EveryAcceptedStartAnsweredOnce()
    {
        await using var suite = await ProcessSuite.StartAsync(Rooms);

        var starts = await new ChatBackend(suite).RunAsync(Starts, Concurrency, Starts / 3, async () =>
        {
            await RabbitMqNode.KillAsync();
            await Task.Delay(TimeSpan.FromSeconds(2)); // down long enough for publishes and consumers to notice
            await RabbitMqNode.StartAsync();
        });

        await OneClickOneInvitation.AssertHeldAsync(suite, starts);
    }

    [Theory]
    [InlineData("hangout-bridge")]
    [InlineData("uberconference-bridge")]
    [InlineData("room-events")]
    public async Task Service_KilledMidStream_EveryAcceptedStartAnsweredOnce(string service)
    {
        await using var suite = await ProcessSuite.StartAsync(Rooms);
        var victim = suite.Services.Single(s => s.Name == service);

        var starts = await new ChatBackend(suite).RunAsync(Starts, Concurrency, Starts / 3, async () =>
        {
            await victim.KillAsync();
            await Task.Delay(TimeSpan.FromSeconds(1));
            await victim.StartAsync();
        });

        await OneClickOneInvitation.AssertHeldAsync(suite, starts);
    }

    [Fact]
    public async Task HangoutBridge_KilledWhileGoogleMakesTheConference_OneConferenceOneInvitation()
    {
        await using var suite = await ProcessSuite.StartAsync(rooms: 1);
        // Google takes its time: the bridge is killed after Google received the insert and before the bridge could ack.
        var slowGoogle = await suite.Google.StubAsync(new JsonObject
        {
            ["priority"] = 1,
            ["request"] = new JsonObject { ["method"] = "POST", ["urlPath"] = suite.Google.PathPrefix + "/calendar/v3/calendars/primary/events" },
            ["response"] = new JsonObject
            {
                ["status"] = 200,
                ["fixedDelayMilliseconds"] = 3000,
                ["headers"] = new JsonObject { ["Content-Type"] = "application/json" },
                ["jsonBody"] = GoogleStub.MeetEvent(),
            },
        });
        using var client = suite.RoomEventsClient();
        using var response = await client.PostAsJsonAsync($"/api/rooms/{suite.RoomIds[0]}/conferences", new { provider = "google-hangout", topic = "Crash mid-call" });
        var start = new AcceptedStart((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conferenceId").GetGuid(),
            suite.RoomIds[0], "google-hangout", "Crash mid-call");

        await Eventually.TrueAsync(async () => await suite.Google.CountAsync("POST", "/calendar/v3/calendars/primary/events") == 1,
            "Google never saw the insert");
        await suite.HangoutBridge.KillAsync();
        await WireMockTenant.RemoveStubAsync(slowGoogle);
        await suite.HangoutBridge.StartAsync();

        await OneClickOneInvitation.AssertHeldAsync(suite, [start]);
        // RabbitMQ redelivered the unacked command (and the re-drive may have sent it once more): Google was asked again,
        // for the same event, which AssertHeldAsync checked.
        Assert.True(await suite.Google.CountAsync("POST", "/calendar/v3/calendars/primary/events") >= 2);
    }
}
