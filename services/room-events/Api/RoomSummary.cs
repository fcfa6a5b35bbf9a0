namespace Conferencing.RoomEvents.Api;

/// <summary>A room in a list of rooms: enough to pick it.</summary>
public sealed record RoomSummary(string RoomId, string Name);
