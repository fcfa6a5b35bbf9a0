using Conferencing.RoomEvents.Live;
using Conferencing.RoomEvents.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Conferencing.RoomEvents.Api;

/// <summary><c>GET /api/rooms/{roomId}/stream</c>: the room's timeline live, as server-sent events, for its members.</summary>
public static class RoomStreamEndpoint
{
    public static async Task<IResult> HandleAsync(
        string roomId, [FromHeader(Name = ActingUser.Header)] string? userId, RoomEventsDb db, CancellationToken cancellationToken)
    {
        if (ActingUser.Check(userId) is { } invalid)
            return invalid;
        var room = await db.Rooms.FindAsync([roomId], cancellationToken);
        if (RoomAccess.Deny(room, roomId, userId!, out var member) is { } denied)
            return denied;
        return new RoomStreamResult(roomId, member.Copy());
    }
}
