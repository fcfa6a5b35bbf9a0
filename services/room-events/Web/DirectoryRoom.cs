using Conferencing.RoomEvents.Api;

namespace Conferencing.RoomEvents.Web;

/// <summary>A room of a <see cref="DirectoryTeam"/> with its members.</summary>
public sealed record DirectoryRoom(string RoomId, string Name, IReadOnlyList<MemberView> Members);
