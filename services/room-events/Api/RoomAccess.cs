using Conferencing.RoomEvents.Storage;

namespace Conferencing.RoomEvents.Api;

/// <summary>Only members of a room may start, read or join its conferences.</summary>
public static class RoomAccess
{
    /// <summary>404 for an unknown room, 403 for a user outside it, else null and the member.</summary>
    public static IResult? Deny(Room? room, string roomId, string userId, out RoomMember member)
    {
        member = null!;
        if (room is null)
            return ApiProblems.NotFound($"There is no room {roomId}.");
        if (room.FindMember(userId) is not { } found)
            return ApiProblems.NotAMember(roomId);
        member = found;
        return null;
    }
}
