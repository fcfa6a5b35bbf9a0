namespace Conferencing.RoomEvents.Api;

/// <summary>Body of <c>POST /api/conferences/{id}/shares</c>: the room to post the invitation into.</summary>
public sealed record ShareRequest(string? RoomId);
