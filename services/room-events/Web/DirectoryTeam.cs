namespace Conferencing.RoomEvents.Web;

/// <summary>A team as the development sign-in offers it: its rooms and their members, to pick who to be.</summary>
public sealed record DirectoryTeam(string TeamId, string Name, string Locale, IReadOnlyList<DirectoryRoom> Rooms);
