namespace Conferencing.RoomEvents.Api;

/// <summary>A room member as the chat knows them.</summary>
public sealed record MemberRequest(string? UserId, string? Name, string? Email);
