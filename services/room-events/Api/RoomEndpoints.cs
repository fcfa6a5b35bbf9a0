using Conferencing.RoomEvents.Storage;
using Conferencing.RoomEvents.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Api;

/// <summary><c>PUT /api/rooms/{roomId}</c> from the chat backend, and <c>GET /api/rooms/{roomId}/messages</c> for members.</summary>
public static class RoomEndpoints
{
    public static async Task<IResult> PutAsync(
        string roomId, RoomRequest? request, RoomEventsDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = RoomRequestValidator.Validate(roomId, request);
        if (errors.IsEmpty && await db.Teams.FindAsync([request!.TeamId], cancellationToken) is null)
            errors.Add("teamId", "There is no such team; PUT /api/teams/{teamId} first.");
        if (!errors.IsEmpty)
            return ApiProblems.Invalid(errors);

        var room = await db.Rooms.FindAsync([roomId], cancellationToken);
        var created = room is null;
        room ??= db.Rooms.Add(new Room { Id = roomId, TeamId = request!.TeamId!, Name = request.Name! }).Entity;
        room.TeamId = request!.TeamId!;
        room.Name = request.Name!.Trim();
        room.Members = [.. (request.Members ?? []).Select(m => new RoomMember { UserId = m!.UserId!, Name = m.Name!.Trim(), Email = m.Email! })];
        room.WebhookUrl = request.WebhookUrl;
        room.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return created ? TypedResults.Created($"/api/rooms/{roomId}") : TypedResults.NoContent();
    }

    public static async Task<IResult> GetMessagesAsync(
        string roomId, [FromHeader(Name = ActingUser.Header)] string? userId, RoomEventsDb db, CancellationToken cancellationToken)
    {
        if (ActingUser.Check(userId) is { } invalid)
            return invalid;
        var room = await db.Rooms.FindAsync([roomId], cancellationToken);
        if (RoomAccess.Deny(room, roomId, userId!, out var member) is { } denied)
            return denied;

        var messages = await db.TimelineMessages
            .Where(m => m.RoomId == roomId)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.MessageId)
            .ToListAsync(cancellationToken);
        var conferenceIds = messages.Select(m => m.ConferenceId).Distinct().ToList();
        var conferences = await db.Conferences.Where(c => conferenceIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        // Invitations shared into this room show this room's own excluded members.
        var shares = await db.ConferenceShares.Where(s => s.RoomId == roomId && conferenceIds.Contains(s.ConferenceId))
            .ToDictionaryAsync(s => s.ConferenceId, cancellationToken);
        return TypedResults.Ok(messages
            .Select(message => TimelineViews.Message(message, conferences[message.ConferenceId], shares.GetValueOrDefault(message.ConferenceId), member))
            .ToList());
    }
}
