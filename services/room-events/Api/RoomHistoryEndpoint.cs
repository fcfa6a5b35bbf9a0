using Conferencing.RoomEvents.Storage;
using Conferencing.RoomEvents.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Api;

/// <summary><c>GET /api/rooms/{roomId}/conferences</c>: the conferences started in the room, newest first, for its members.</summary>
public static class RoomHistoryEndpoint
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static async Task<IResult> HandleAsync(
        string roomId, [FromHeader(Name = ActingUser.Header)] string? userId, int? limit, RoomEventsDb db, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        errors.CheckId(ActingUser.Header, userId);
        if (limit is < 1 or > MaxLimit)
            errors.Add("limit", $"1 to {MaxLimit}.");
        if (!errors.IsEmpty)
            return ApiProblems.Invalid(errors);
        var room = await db.Rooms.FindAsync([roomId], cancellationToken);
        if (RoomAccess.Deny(room, roomId, userId!, out _) is { } denied)
            return denied;

        var conferences = await db.Conferences.AsNoTracking()
            .Where(c => c.RoomId == roomId)
            .OrderByDescending(c => c.RequestedAt).ThenBy(c => c.Id)
            .Take(limit ?? DefaultLimit)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(conferences.Select(ConferenceHistoryEntry.For).ToList());
    }
}
