namespace Conferencing.RoomEvents.Api;

/// <summary>Body of <c>POST /api/rooms/{roomId}/conferences</c>.</summary>
public sealed record StartConferenceRequest(string? Provider, string? Topic);
