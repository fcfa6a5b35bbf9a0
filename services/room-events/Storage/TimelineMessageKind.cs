namespace Conferencing.RoomEvents.Storage;

/// <summary>What a timeline message announces.</summary>
public enum TimelineMessageKind
{
    Invitation,
    Failure,
}
