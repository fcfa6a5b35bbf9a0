using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Conferencing.RoomEvents.Storage;
using Conferencing.RoomEvents.Tests.Hosting;
using Conferencing.RoomEvents.Tests.Slack;
using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Tests.BadInput;

/// <summary>
/// Every row of <see cref="BadInputTable"/> gets its 4xx as problem+json, stores nothing (no conference, so no command is
/// sent either: a command leaves only for a stored conference), changes no team or room, and leaves room-events healthy.
/// </summary>
public sealed class BadInputTests(SlackHost host) : IClassFixture<SlackHost>
{
    private static readonly JsonSerializerOptions Snapshot = new() { ReferenceHandler = ReferenceHandler.IgnoreCycles };

    [Theory]
    [MemberData(nameof(BadInputTable.Rows), MemberType = typeof(BadInputTable))]
    public async Task Request_BadInput_RefusedWithProblemAndNothingChanges(BadRequest row)
    {
        var room = await TestRoom.CreateAsync(host);
        if (row.IdempotencyKey == BadInputTable.ReusedKey)
            Assert.Equal(HttpStatusCode.Accepted, (await room.StartAsync(host, topic: "First", idempotencyKey: BadInputTable.ReusedKey)).StatusCode);
        var before = await StateAsync(room);

        using var client = host.Factory.CreateClient();
        using var response = await client.SendAsync(RequestFor(row, room));

        Assert.Equal(row.Expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await StateAsync(room));
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Theory]
    [InlineData("Обсуждение релиза 🚀")]
    [InlineData("**bold** [click](https://evil.example) <script>alert(1)</script> @channel <!here>")]
    [InlineData("日本語のトピック — ñandú ✓")]
    public async Task Start_UnusualButHarmlessTopic_IsAcceptedAndStoredAsGiven(string topic)
    {
        var room = await TestRoom.CreateAsync(host);

        var conferenceId = await room.StartedByAliceAsync(host, topic);

        using var client = host.Client(TestRoom.Alice);
        var conference = await client.GetFromJsonAsync<JsonElement>($"/api/conferences/{conferenceId}");
        Assert.Equal(topic, conference.GetProperty("topic").GetString());
    }

    private static HttpRequestMessage RequestFor(BadRequest row, TestRoom room)
    {
        string Fill(string text) => text.Replace("{room}", room.RoomId, StringComparison.Ordinal).Replace("{team}", room.TeamId, StringComparison.Ordinal);
        var request = new HttpRequestMessage(new HttpMethod(row.Method), Fill(row.Path));
        if (row.Body is not null)
        {
            request.Content = new StringContent(Fill(row.Body), Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(row.ContentType);
        }
        if (row.Authorization is not null)
            request.Headers.TryAddWithoutValidation("Authorization", row.Authorization);
        if (row.UserId is not null)
            request.Headers.Add("X-User-Id", row.UserId);
        if (row.IdempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", row.IdempotencyKey);
        if (row.SlackSignature is var (timestamp, signature))
        {
            request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
            request.Headers.Add("X-Slack-Signature", signature);
        }
        return request;
    }

    // Everything a request could have changed: the counts of every table and the test's own team and room as stored.
    private Task<string> StateAsync(TestRoom room) => host.QueryAsync(async db => JsonSerializer.Serialize(new
    {
        Teams = await db.Teams.CountAsync(),
        Rooms = await db.Rooms.CountAsync(),
        Conferences = await db.Conferences.CountAsync(),
        Keys = await db.IdempotencyRecords.CountAsync(),
        Messages = await db.TimelineMessages.CountAsync(),
        Team = await db.Teams.AsNoTracking().SingleAsync(team => team.Id == room.TeamId),
        Room = await db.Rooms.AsNoTracking().SingleAsync(stored => stored.Id == room.RoomId),
    }, Snapshot));
}
