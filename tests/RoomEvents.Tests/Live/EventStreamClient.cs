using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Conferencing.Testing;

namespace Conferencing.RoomEvents.Tests.Live;

/// <summary>One server-sent event as a browser's EventSource would dispatch it.</summary>
public sealed record ReceivedEvent(string Name, JsonElement Data);

/// <summary>
/// A page's <c>EventSource</c> on <c>GET /api/rooms/{roomId}/stream</c>: reads the stream in the background and lets a
/// test await the event it expects (a signal, not a sleep).
/// </summary>
public sealed class EventStreamClient : IAsyncDisposable
{
    private readonly HttpClient _client;
    private readonly HttpResponseMessage _response;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<ReceivedEvent> _events = [];
    private readonly Lock _lock = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _reading;

    private EventStreamClient(HttpClient client, HttpResponseMessage response)
    {
        _client = client;
        _response = response;
        _reading = Task.Run(ReadAsync);
    }

    /// <summary>Comment lines seen (the keep-alives).</summary>
    public int Comments { get; private set; }

    /// <summary>True once the server ended the stream.</summary>
    public bool Ended { get; private set; }

    public IReadOnlyList<ReceivedEvent> Events
    {
        get
        {
            lock (_lock)
                return [.. _events];
        }
    }

    /// <summary>Opens the stream; the server has registered it by the time its headers arrive.</summary>
    public static async Task<EventStreamClient> OpenAsync(HttpClient client, string roomId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/rooms/{roomId}/stream");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"The stream answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new EventStreamClient(client, response);
    }

    /// <summary>Waits for an event named <paramref name="name"/> whose data matches.</summary>
    public Task<ReceivedEvent> WaitForAsync(string name, Func<JsonElement, bool> match) =>
        WaitUntilAsync(events => events.FirstOrDefault(e => e.Name == name && match(e.Data)), $"no '{name}' event that matches");

    /// <summary>Waits until <paramref name="condition"/> holds over everything received so far.</summary>
    public async Task<T> WaitUntilAsync<T>(Func<IReadOnlyList<ReceivedEvent>, T?> condition, string failure)
    {
        using var deadline = new CancellationTokenSource(Eventually.Deadline);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (condition(_events) is { } found)
                    return found;
                changed = _changed.Task;
            }
            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{failure}; received: {string.Join(" | ", Events.Select(e => $"{e.Name} {e.Data}"))}");
            }
        }
    }

    private async Task ReadAsync()
    {
        try
        {
            await using var body = await _response.Content.ReadAsStreamAsync(_stop.Token);
            using var reader = new StreamReader(body);
            string? name = null;
            var data = new List<string>();
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (data.Count > 0)
                        Publish(new ReceivedEvent(name ?? "message", JsonDocument.Parse(string.Join('\n', data)).RootElement.Clone()));
                    (name, data) = (null, []);
                }
                else if (line.StartsWith(':'))
                    Signal(() => Comments++);
                else if (line.StartsWith("event:", StringComparison.Ordinal))
                    name = line["event:".Length..].Trim();
                else if (line.StartsWith("data:", StringComparison.Ordinal))
                    data.Add(line["data:".Length..].TrimStart());
                else
                    throw new InvalidDataException($"Not a server-sent-event line: {line}");
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (IOException) when (_stop.IsCancellationRequested)
        {
        }
        finally
        {
            Signal(() => Ended = true);
        }
    }

    private void Publish(ReceivedEvent received) => Signal(() => _events.Add(received));

    private void Signal(Action change)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            change();
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.SetResult();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        try
        {
            await _reading;
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException or ObjectDisposedException)
        {
        }
        _client.Dispose();
        _stop.Dispose();
    }
}
