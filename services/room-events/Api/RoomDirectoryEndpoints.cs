using Conferencing.RoomEvents.Lifecycle;
using Conferencing.RoomEvents.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Conferencing.RoomEvents.Api;

/// <summary>
/// What the page needs to find its way: <c>GET /api/rooms/{roomId}</c> (a room and its members, for members) and
/// <c>GET /api/teams/{teamId}/rooms</c> (the team's rooms the user is in, e.g. to share into).
/// </summary>
public static class RoomDirectoryEndpoints
{
    public static async Task<IResult> GetRoomAsync(
        string roomId, [FromHeader(Name = ActingUser.Header)] string? userId, RoomEventsDb db, CancellationToken cancellationToken)
    {
        if (ActingUser.Check(userId) is { } invalid)
            return invalid;
        var room = await db.Rooms.FindAsync([roomId], cancellationToken);
        if (RoomAccess.Deny(room, roomId, userId!, out _) is { } denied)
            return denied;
        return TypedResults.Ok(new RoomView(room!.Id, room.TeamId, room.Name, [.. room.Members.Select(m => new MemberView(m.UserId, m.Name))]));
    }

    public static async Task<IResult> GetTeamRoomsAsync(
        string teamId, [FromHeader(Name = ActingUser.Header)] string? userId, RoomEventsDb db, CancellationToken cancellationToken)
    {
        if (ActingUser.Check(userId) is { } invalid)
            return invalid;
        var team = await db.Teams.FindAsync([teamId], cancellationToken);
        if (team is null)
            return ApiProblems.NotFound($"There is no team {teamId}.");
        var rooms = await TeamMembers.RoomsOfAsync(db, teamId, userId!, cancellationToken);
        if (rooms.Count == 0 && !TeamMembers.IsAdmin(team, userId!))
            return TeamSettingsEndpoints.NotInTeam(teamId);
        return TypedResults.Ok(rooms.Select(room => new RoomSummary(room.Id, room.Name)).ToList());
    }
}
