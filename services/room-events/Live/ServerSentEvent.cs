using System.Text.Json;

namespace Conferencing.RoomEvents.Live;

/// <summary>The text/event-stream frames the room stream sends: named events with one line of JSON, and keep-alives.</summary>
public static class ServerSentEvent
{
    public const string ContentType = "text/event-stream";

    /// <summary>A timeline message, as <c>GET /api/rooms/{roomId}/messages</c> shows it.</summary>
    public const string Message = "message";

    /// <summary>A conference whose status changed, as <c>GET /api/conferences/{id}</c> shows it.</summary>
    public const string Conference = "conference";

    /// <summary>A comment line: browsers ignore it; proxies and load balancers see a live connection.</summary>
    public const string KeepAlive = ": keep-alive\n\n";

    /// <summary>
    /// <c>event: name</c> and one <c>data:</c> line. Compact JSON has no raw line breaks (they are escaped inside strings),
    /// so one data line always carries the whole value.
    /// </summary>
    public static string Frame<T>(string name, T value, JsonSerializerOptions json) =>
        $"event: {name}\ndata: {JsonSerializer.Serialize(value, json)}\n\n";
}
