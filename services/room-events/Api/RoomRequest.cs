namespace Conferencing.RoomEvents.Api;

/// <summary>Body of <c>PUT /api/rooms/{roomId}</c>.</summary>
public sealed record RoomRequest(string? TeamId, string? Name, IReadOnlyList<MemberRequest?>? Members, string? WebhookUrl);
