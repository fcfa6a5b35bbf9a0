using System.Threading.Channels;
using Conferencing.RoomEvents.Storage;

namespace Conferencing.RoomEvents.Live;

/// <summary>
/// One open live stream of a room, for one member: a short queue of ready-made server-sent-event frames. A stream that
/// falls too far behind is closed rather than left to grow; the page reconnects and reads the timeline again.
/// </summary>
public sealed class RoomSubscription(string roomId, RoomMember viewer)
{
    public const int Capacity = 256;

    private readonly Channel<string> _frames = Channel.CreateBounded<string>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public string RoomId { get; } = roomId;

    /// <summary>Whose stream it is: what a member may see (the join link of a restricted conference) depends on it.</summary>
    public RoomMember Viewer { get; } = viewer;

    public ChannelReader<string> Frames => _frames.Reader;

    /// <summary>Queues a frame; false (and the stream is closed) when the reader is too far behind.</summary>
    public bool TryPush(string frame)
    {
        if (_frames.Writer.TryWrite(frame))
            return true;
        _frames.Writer.TryComplete();
        return false;
    }

    public void Complete() => _frames.Writer.TryComplete();
}
