using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.Contracts;

namespace Conferencing.EndToEnd.Tests;

/// <summary>
/// RabbitMQ delivers at least once: a command may arrive twice (a redelivery, a re-drive). Google must still make one
/// conference and the room must still show one invitation. This class has its own suite so that the Calendar stub's
/// "first insert creates, later ones conflict" scenario belongs to this test alone.
/// </summary>
public sealed class RedeliveryTests(Suite suite) : IClassFixture<Suite>
{
    [Fact]
    public async Task StartGoogleHangout_DeliveredTwice_OneCalendarEventAndOneInvitation()
    {
        using var alice = suite.RoomEventsFor(RoomSetup.Alice);
        var roomId = await RoomSetup.CreateAsync(alice);
        var conferenceId = await StartGoogleHangoutTests.StartAsync(alice, roomId, "Redelivered", Guid.NewGuid().ToString());
        await Timeline.AwaitMessageAsync(alice, roomId, conferenceId);
        var conference = await alice.GetFromJsonAsync<JsonElement>($"/api/conferences/{conferenceId}");

        // The same command again, as a redelivery would bring it.
        await suite.SendAsync("start-google-hangout", new StartGoogleHangout(
            conferenceId, "unused-team", roomId, new ChatMember(RoomSetup.Alice, "Alice Example", "alice@acme.example"),
            "Redelivered", "en", null, [], conference.GetProperty("requestedAt").GetDateTimeOffset()));
        await suite.RoomEventsConsumed.WaitForAsync<ConferenceStarted>(started => started.ConferenceId == conferenceId, count: 2);

        var inserts = await suite.Google.RequestsAsync("POST", "/calendar/v3/calendars/[^/]+/events");
        Assert.Equal(2, inserts.Count);
        // Both inserts name the same event, so Google answers the second with 409 and the bridge reads the first.
        Assert.Single(inserts.Select(insert => JsonDocument.Parse(insert.GetProperty("body").GetString()!).RootElement.GetProperty("id").GetString()).Distinct());
        Assert.Single(await suite.Google.RequestsAsync("GET", "/calendar/v3/calendars/[^/]+/events/.+"));
        Assert.Single(await Timeline.MessagesAsync(alice, roomId));
    }
}
