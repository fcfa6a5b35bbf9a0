using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.Testing;

namespace Conferencing.EndToEnd.Tests;

/// <summary>A click on "Start Google Hangout" travels room-events → RabbitMQ → hangout-bridge → Google (WireMock) and back.</summary>
public sealed class StartGoogleHangoutTests(Suite suite) : IClassFixture<Suite>
{
    [Fact]
    public async Task Start_GoogleHangout_InvitationAppearsInRoomTimeline()
    {
        using var alice = suite.RoomEventsFor(RoomSetup.Alice);
        var roomId = await RoomSetup.CreateAsync(alice);

        var conferenceId = await StartAsync(alice, roomId, "Weekly *sync*", Guid.NewGuid().ToString());
        var message = await Timeline.AwaitMessageAsync(alice, roomId, conferenceId);

        Assert.Equal("invitation", message.GetProperty("kind").GetString());
        var text = message.GetProperty("text").GetString()!;
        Assert.Contains(@"Weekly \*sync\*", text, StringComparison.Ordinal);
        Assert.Contains("Alice Example", text, StringComparison.Ordinal);
        Assert.Contains($"https://meet.google.com/{GoogleStub.MeetingCode}", text, StringComparison.Ordinal);
        Assert.Contains("PIN: 123 456 789#", text, StringComparison.Ordinal);
        Assert.Contains("tel:+442038737654,,123456789%23", text, StringComparison.Ordinal);
        Assert.Contains("https://tel.meet/", text, StringComparison.Ordinal);

        var conference = await alice.GetFromJsonAsync<JsonElement>($"/api/conferences/{conferenceId}");
        Assert.Equal("started", conference.GetProperty("status").GetString());
        Assert.Equal("tel:+442038737654,,123456789%23", conference.GetProperty("dialIn").GetProperty("oneTapUri").GetString());
    }

    [Fact]
    public async Task Start_SameIdempotencyKeyTwice_OneConferenceOneInvitation()
    {
        using var alice = suite.RoomEventsFor(RoomSetup.Alice);
        var roomId = await RoomSetup.CreateAsync(alice);
        var key = Guid.NewGuid().ToString();
        var topic = "Double click " + Guid.NewGuid().ToString("N")[..6];

        var first = await StartAsync(alice, roomId, topic, key);
        var second = await StartAsync(alice, roomId, topic, key);
        await Timeline.AwaitMessageAsync(alice, roomId, first);
        await suite.RoomEventsConsumed.WaitForAsync<Contracts.ConferenceStarted>(started => started.ConferenceId == first);

        Assert.Equal(first, second);
        Assert.Single(await Timeline.MessagesAsync(alice, roomId));
        Assert.Single(await GoogleInsertsAsync(topic));
    }

    [Fact]
    public async Task Join_RestrictedConference_AdmitsTheDomainOnly()
    {
        using var alice = suite.RoomEventsFor(RoomSetup.Alice);
        using var carol = suite.RoomEventsFor(RoomSetup.Carol);
        var roomId = await RoomSetup.CreateAsync(alice, workspaceDomain: "acme.example");

        var conferenceId = await StartAsync(alice, roomId, "Board meeting", Guid.NewGuid().ToString());
        var text = (await Timeline.AwaitMessageAsync(alice, roomId, conferenceId)).GetProperty("text").GetString()!;

        Assert.Contains(@"acme\.example", text, StringComparison.Ordinal); // Markdown-escaped
        Assert.Contains("Carol Outside", text, StringComparison.Ordinal);
        Assert.DoesNotContain("https://meet.google.com/", text, StringComparison.Ordinal);
        using var insiderJoin = await alice.PostAsync($"/api/conferences/{conferenceId}/join", null);
        Assert.Equal(HttpStatusCode.OK, insiderJoin.StatusCode);
        Assert.Equal($"https://meet.google.com/{GoogleStub.MeetingCode}",
            (await insiderJoin.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("joinUrl").GetString());
        using var outsiderJoin = await carol.PostAsync($"/api/conferences/{conferenceId}/join", null);
        Assert.Equal(HttpStatusCode.Forbidden, outsiderJoin.StatusCode);
        // The conference was made as the Workspace user, not as the organizer account.
        var tokenRequests = await suite.Google.RequestsAsync("POST", "/token");
        Assert.Contains("alice@acme.example", tokenRequests.Select(r => GoogleTokenRequest.AssertionClaims(r).GetProperty("sub").GetString()));
    }

    private async Task<IReadOnlyList<JsonElement>> GoogleInsertsAsync(string topic) =>
        [.. (await suite.Google.RequestsAsync("POST", "/calendar/v3/calendars/[^/]+/events"))
            .Where(request => request.GetProperty("body").GetString()!.Contains(topic, StringComparison.Ordinal))];

    internal static async Task<Guid> StartAsync(
        HttpClient client, string roomId, string topic, string idempotencyKey, string provider = "google-hangout")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/rooms/{roomId}/conferences")
        {
            Content = JsonContent.Create(new { provider, topic }),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conferenceId").GetGuid();
    }
}
