namespace Conferencing.RoomEvents.Api;

/// <summary>The answer to <c>POST /api/conferences/{id}/join</c>.</summary>
public sealed record JoinLink(string JoinUrl);
