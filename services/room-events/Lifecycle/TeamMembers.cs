using Conferencing.RoomEvents.Storage;
using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Lifecycle;

/// <summary>The people of a team: its admins, and the members of its rooms (the chat names rooms' members, not teams').</summary>
public static class TeamMembers
{
    /// <summary>The team's rooms that <paramref name="userId"/> is a member of, by name.</summary>
    public static async Task<IReadOnlyList<Room>> RoomsOfAsync(RoomEventsDb db, string teamId, string userId, CancellationToken cancellationToken)
    {
        var rooms = await db.Rooms.AsNoTracking().Where(r => r.TeamId == teamId).ToListAsync(cancellationToken);
        return [.. rooms.Where(room => room.FindMember(userId) is not null).OrderBy(room => room.Name, StringComparer.CurrentCulture).ThenBy(room => room.Id, StringComparer.Ordinal)];
    }

    /// <summary>Admins and members of any of the team's rooms belong to the team.</summary>
    public static async Task<bool> IncludesAsync(RoomEventsDb db, Team team, string userId, CancellationToken cancellationToken) =>
        IsAdmin(team, userId) || (await RoomsOfAsync(db, team.Id, userId, cancellationToken)).Count > 0;

    public static bool IsAdmin(Team team, string userId) => team.Admins.Contains(userId, StringComparer.Ordinal);

    /// <summary>
    /// The user as the team's rooms know them (name and email), or, for an admin in none of its rooms, by id alone.
    /// </summary>
    public static async Task<RoomMember?> FindAsync(RoomEventsDb db, Team team, string userId, CancellationToken cancellationToken)
    {
        var rooms = await RoomsOfAsync(db, team.Id, userId, cancellationToken);
        var room = rooms.Count > 0 ? rooms[0] : null;
        if (room?.FindMember(userId) is { } member)
            return member.Copy();
        return IsAdmin(team, userId) ? new RoomMember { UserId = userId, Name = userId, Email = "" } : null;
    }
}
