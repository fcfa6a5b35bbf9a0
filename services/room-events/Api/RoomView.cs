namespace Conferencing.RoomEvents.Api;

/// <summary>A room as its members see it: its name, team and members (without emails).</summary>
public sealed record RoomView(string RoomId, string TeamId, string Name, IReadOnlyList<MemberView> Members);
