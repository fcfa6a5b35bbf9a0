using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.Testing;

namespace Conferencing.Benchmark;

/// <summary>One start as room-events recorded it: when it accepted the start and when the invitation was stored.</summary>
public sealed record StartTiming(Guid ConferenceId, string Provider, DateTimeOffset AcceptedAt, DateTimeOffset InvitationStoredAt)
{
    public TimeSpan Latency => InvitationStoredAt - AcceptedAt;
}

/// <summary>
/// Drives starts through room-events' HTTP API, as a chat backend would, and reads back from room-events' own clock when
/// each start was accepted and when its invitation was stored: no observer sits in the measured path.
/// </summary>
public sealed class SuiteLoad(ProcessSuite suite)
{
    /// <summary>Sends <paramref name="count"/> starts with <paramref name="concurrency"/> requests in flight, as fast as they go.</summary>
    public async Task<IReadOnlyList<StartTiming>> SaturateAsync(int count, int concurrency, IReadOnlyList<string> providers)
    {
        using var client = suite.RoomEventsClient();
        var next = -1;
        var started = new ConcurrentBag<(Guid, string, string)>();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
                started.Add(await StartAsync(client, i, providers));
        })));
        return await TimingsAsync(client, [.. started]);
    }

    /// <summary>Sends starts at a fixed rate (open loop: a slow answer does not slow the next start) for a while.</summary>
    public async Task<IReadOnlyList<StartTiming>> FixedRateAsync(int perSecond, TimeSpan duration, IReadOnlyList<string> providers)
    {
        using var client = suite.RoomEventsClient();
        var count = (int)(perSecond * duration.TotalSeconds);
        var clock = Stopwatch.StartNew();
        var starts = new List<Task<(Guid, string, string)>>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond) - clock.Elapsed;
            if (due > TimeSpan.Zero)
                await Task.Delay(due);
            starts.Add(StartAsync(client, i, providers));
        }
        return await TimingsAsync(client, await Task.WhenAll(starts));
    }

    private async Task<(Guid, string, string)> StartAsync(HttpClient client, int i, IReadOnlyList<string> providers)
    {
        var provider = providers[i % providers.Count];
        var roomId = suite.RoomIds[i % suite.RoomIds.Count];
        using var response = await client.PostAsJsonAsync($"/api/rooms/{roomId}/conferences", new { provider, topic = $"Benchmark #{i}" });
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conferenceId").GetGuid(), provider, roomId);
    }

    // Waits until every start has its invitation, then reads both timestamps from the timelines. Reading a timeline costs
    // room-events real work, so while the suite is busy only one unfinished room is read at a time.
    private async Task<IReadOnlyList<StartTiming>> TimingsAsync(HttpClient client, IReadOnlyList<(Guid Id, string Provider, string RoomId)> starts)
    {
        var wanted = starts.ToDictionary(start => start.Id, start => start.Provider);
        var expectedPerRoom = starts.GroupBy(start => start.RoomId).ToDictionary(room => room.Key, room => room.Count());
        var unfinished = new Queue<string>(expectedPerRoom.Keys);
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(10);
        while (unfinished.TryPeek(out var roomId))
        {
            if ((await TimingsInAsync(client, roomId, wanted)).Count >= expectedPerRoom[roomId])
            {
                unfinished.Dequeue();
                continue;
            }
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"room {roomId} did not get all its invitations in time");
            await Task.Delay(1000);
        }
        var timings = new List<StartTiming>();
        foreach (var roomId in suite.RoomIds)
            timings.AddRange(await TimingsInAsync(client, roomId, wanted));
        return timings;
    }

    private static async Task<List<StartTiming>> TimingsInAsync(HttpClient client, string roomId, Dictionary<Guid, string> wanted)
    {
        var timings = new List<StartTiming>();
        var messages = await client.GetFromJsonAsync<JsonElement>($"/api/rooms/{roomId}/messages");
        foreach (var message in messages.EnumerateArray())
        {
            var id = message.GetProperty("conferenceId").GetGuid();
            if (wanted.TryGetValue(id, out var provider) && message.TryGetProperty("invitation", out var invitation)
                && invitation.ValueKind == JsonValueKind.Object)
            {
                timings.Add(new StartTiming(id, provider, invitation.GetProperty("requestedAt").GetDateTimeOffset(),
                    message.GetProperty("createdAt").GetDateTimeOffset()));
            }
        }
        return timings;
    }
}
