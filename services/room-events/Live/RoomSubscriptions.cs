namespace Conferencing.RoomEvents.Live;

/// <summary>The live streams open on this instance, by room.</summary>
public sealed class RoomSubscriptions
{
    private readonly Dictionary<string, List<RoomSubscription>> _rooms = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
                return _rooms.Values.Sum(streams => streams.Count);
        }
    }

    public void Add(RoomSubscription stream)
    {
        lock (_lock)
        {
            if (!_rooms.TryGetValue(stream.RoomId, out var streams))
                _rooms[stream.RoomId] = streams = [];
            streams.Add(stream);
        }
    }

    public void Remove(RoomSubscription stream)
    {
        stream.Complete();
        lock (_lock)
        {
            if (_rooms.TryGetValue(stream.RoomId, out var streams) && streams.Remove(stream) && streams.Count == 0)
                _rooms.Remove(stream.RoomId);
        }
    }

    /// <summary>A snapshot of the room's open streams (empty when nobody here watches it).</summary>
    public IReadOnlyList<RoomSubscription> In(string roomId)
    {
        lock (_lock)
            return _rooms.TryGetValue(roomId, out var streams) ? [.. streams] : [];
    }
}
