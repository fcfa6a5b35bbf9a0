using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.Testing;

namespace Conferencing.Faults.Tests;

/// <summary>A start that room-events accepted with 202.</summary>
public sealed record AcceptedStart(Guid ConferenceId, string RoomId, string Provider, string Topic);

/// <summary>
/// Plays the chat backend: drives a stream of starts through room-events' HTTP API as a chat backend would: each start has its own
/// Idempotency-Key and is re-sent with the same key while room-events does not answer (it may be restarting).
/// </summary>
public sealed class ChatBackend(ProcessSuite suite)
{
    private static readonly string[] BothProviders = ["google-hangout", "uberconference"];
    private static readonly TimeSpan GiveUpOnAStartAfter = TimeSpan.FromSeconds(90);

    /// <summary>
    /// Sends <paramref name="count"/> starts, <paramref name="concurrency"/> at a time, spread over the suite's rooms and
    /// <paramref name="providers"/> (both by default); <paramref name="fault"/> runs once, while the stream goes on, after <paramref name="faultAfter"/> starts.
    /// </summary>
    public async Task<IReadOnlyList<AcceptedStart>> RunAsync(
        int count, int concurrency, int faultAfter, Func<Task> fault, IReadOnlyList<string>? providers = null)
    {
        providers ??= BothProviders;
        var accepted = new ConcurrentBag<AcceptedStart>();
        var next = -1;
        var faultTask = Task.CompletedTask;
        var faultStarted = 0;
        using var client = suite.RoomEventsClient();

        async Task Worker()
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                if (i == faultAfter && Interlocked.Exchange(ref faultStarted, 1) == 0)
                    faultTask = Task.Run(fault);
                var roomId = suite.RoomIds[i % suite.RoomIds.Count];
                var provider = providers[i % providers.Count];
                var topic = $"Fault stream #{i:D4}";
                accepted.Add(new AcceptedStart(await StartAsync(client, roomId, provider, topic), roomId, provider, topic));
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(Worker)));
        await faultTask;
        return [.. accepted];
    }

    private static async Task<Guid> StartAsync(HttpClient client, string roomId, string provider, string topic)
    {
        var key = Guid.NewGuid().ToString();
        var giveUpAt = DateTime.UtcNow + GiveUpOnAStartAfter;
        while (true)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/rooms/{roomId}/conferences")
                {
                    Content = JsonContent.Create(new { provider, topic }),
                };
                request.Headers.Add("Idempotency-Key", key);
                using var response = await client.SendAsync(request);
                if (response.StatusCode == HttpStatusCode.Accepted)
                    return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conferenceId").GetGuid();
                if ((int)response.StatusCode < 500)
                    throw new InvalidOperationException($"room-events refused a start: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
            catch (HttpRequestException)
            {
                // room-events is down: a chat backend tries again with the same key.
            }
            catch (TaskCanceledException)
            {
            }
            if (DateTime.UtcNow > giveUpAt)
                throw new TimeoutException($"room-events did not accept '{topic}' within {GiveUpOnAStartAfter}.");
            await Task.Delay(200);
        }
    }
}
