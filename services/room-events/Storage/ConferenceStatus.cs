namespace Conferencing.RoomEvents.Storage;

/// <summary>Where a conference is in its life; <see cref="Starting"/> is re-driven until a bridge answers.</summary>
public enum ConferenceStatus
{
    Starting,
    Started,
    Failed,
    Ended,
}
