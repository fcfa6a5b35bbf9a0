namespace Conferencing.RoomEvents.Api;

/// <summary>A person as the API shows them to other members: no email.</summary>
public sealed record MemberView(string UserId, string Name);
