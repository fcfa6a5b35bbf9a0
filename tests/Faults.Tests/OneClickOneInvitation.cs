using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.Testing;

namespace Conferencing.Faults.Tests;

/// <summary>
/// The invariant every fault test ends with: each accepted start ends started or failed, its room shows exactly one
/// invitation or failure message for it, and Google holds at most one conference for it.
/// </summary>
public static class OneClickOneInvitation
{
    /// <summary>Checks the invariant once every start is answered, waiting at most <paramref name="answeredWithin"/> (3 minutes).</summary>
    public static async Task AssertHeldAsync(ProcessSuite suite, IReadOnlyList<AcceptedStart> starts, TimeSpan? answeredWithin = null)
    {
        var deadline = answeredWithin ?? TimeSpan.FromMinutes(3);
        using var client = suite.RoomEventsClient();
        Dictionary<string, IReadOnlyList<JsonElement>> timelines = [];
        var until = DateTime.UtcNow + deadline;
        // Whole timelines are read, so poll calmly: hundreds of messages per room.
        while (true)
        {
            timelines = await TimelinesAsync(client, suite.RoomIds);
            var answered = timelines.Values.SelectMany(messages => messages).Select(ConferenceOf).ToHashSet();
            var unanswered = starts.Count(start => !answered.Contains(start.ConferenceId));
            if (unanswered == 0)
                break;
            if (DateTime.UtcNow > until)
                Assert.Fail($"{unanswered} of {starts.Count} accepted starts were not answered within {deadline}");
            await Task.Delay(500);
        }

        foreach (var start in starts)
        {
            var messages = timelines[start.RoomId].Where(message => ConferenceOf(message) == start.ConferenceId).ToList();
            Assert.True(messages.Count == 1, $"{start.Topic} has {messages.Count} messages in {start.RoomId}");
            var conference = await client.GetFromJsonAsync<JsonElement>($"/api/conferences/{start.ConferenceId}");
            var status = conference.GetProperty("status").GetString();
            Assert.True(status is "started" or "failed", $"{start.Topic} is {status}");
        }
        Assert.Equal(starts.Count, starts.Select(start => start.ConferenceId).Distinct().Count());
        await AssertOneGoogleEventPerConferenceAsync(suite, starts);
    }

    // The stub Calendar answers every insert with 200; Google would answer a repeated event id with 409. So one
    // conference per start means: every insert of a start carried the same event id.
    private static async Task AssertOneGoogleEventPerConferenceAsync(ProcessSuite suite, IReadOnlyList<AcceptedStart> starts)
    {
        var inserts = await suite.Google.RequestsAsync("POST", "/calendar/v3/calendars/[^/]+/events");
        var eventIdsByTopic = inserts
            .Select(insert => JsonDocument.Parse(insert.GetProperty("body").GetString()!).RootElement)
            .GroupBy(body => body.GetProperty("summary").GetString()!)
            .ToDictionary(group => group.Key, group => group.Select(body => body.GetProperty("id").GetString()).Distinct().Count());
        foreach (var start in starts.Where(start => start.Provider == "google-hangout"))
            Assert.True(eventIdsByTopic.GetValueOrDefault(start.Topic) <= 1, $"{start.Topic} made {eventIdsByTopic[start.Topic]} Calendar events");
    }

    private static async Task<Dictionary<string, IReadOnlyList<JsonElement>>> TimelinesAsync(HttpClient client, IReadOnlyList<string> roomIds)
    {
        var timelines = new Dictionary<string, IReadOnlyList<JsonElement>>();
        foreach (var roomId in roomIds)
        {
            try
            {
                var messages = await client.GetFromJsonAsync<JsonElement>($"/api/rooms/{roomId}/messages");
                timelines[roomId] = [.. messages.EnumerateArray()];
            }
            catch (HttpRequestException)
            {
                timelines[roomId] = []; // room-events is restarting; the next poll sees it again
            }
        }
        return timelines;
    }

    private static Guid ConferenceOf(JsonElement message) => message.GetProperty("conferenceId").GetGuid();
}
