using Conferencing.RoomEvents.Conferences;
using Conferencing.RoomEvents.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Conferencing.RoomEvents.Api;

/// <summary><c>GET /api/conferences/{id}</c> and <c>POST /api/conferences/{id}/join</c>, for members of the conference's room.</summary>
public static class ConferenceEndpoints
{
    public static async Task<IResult> GetAsync(
        Guid conferenceId, [FromHeader(Name = ActingUser.Header)] string? userId, RoomEventsDb db, CancellationToken cancellationToken)
    {
        if (ActingUser.Check(userId) is { } invalid)
            return invalid;
        var (conference, member, denied) = await FindForMemberAsync(db, conferenceId, userId!, cancellationToken);
        return denied ?? TypedResults.Ok(ConferenceView.For(conference!, member!));
    }

    public static async Task<IResult> JoinAsync(
        Guid conferenceId, [FromHeader(Name = ActingUser.Header)] string? userId, RoomEventsDb db, CancellationToken cancellationToken)
    {
        if (ActingUser.Check(userId) is { } invalid)
            return invalid;
        var (conference, member, denied) = await FindForMemberAsync(db, conferenceId, userId!, cancellationToken);
        if (denied is not null)
            return denied;
        if (conference!.Status != ConferenceStatus.Started || conference.JoinUrl is null)
            return ApiProblems.Conflict("The conference is not running.", NotRunning(conference.Status));
        if (!JoinPolicy.MayJoin(conference, member!))
        {
            return ApiProblems.Forbidden(
                "The conference is restricted to a domain.",
                $"Only accounts of {conference.RestrictedToDomain} can join this conference.");
        }
        return TypedResults.Ok(new JoinLink(conference.JoinUrl));
    }

    private static string NotRunning(ConferenceStatus status) => status switch
    {
        ConferenceStatus.Starting => "The conference is still starting; try again in a moment.",
        ConferenceStatus.Failed => "The conference could not be started.",
        _ => "The conference has ended.",
    };

    private static async Task<(Conference? Conference, RoomMember? Member, IResult? Denied)> FindForMemberAsync(
        RoomEventsDb db, Guid conferenceId, string userId, CancellationToken cancellationToken)
    {
        var conference = await db.Conferences.FindAsync([conferenceId], cancellationToken);
        if (conference is null)
            return (null, null, ApiProblems.NotFound($"There is no conference {conferenceId}."));
        var room = await db.Rooms.FindAsync([conference.RoomId], cancellationToken);
        var denied = RoomAccess.Deny(room, conference.RoomId, userId, out var member);
        // Members of the rooms its invitation was shared into see it, and may join it, too.
        if (denied is not null && room is not null
            && await new Lifecycle.ConferenceAudience(db).FindRoomOfAsync(conference, userId, cancellationToken) is { } sharedInto)
            (member, denied) = (sharedInto.FindMember(userId)!, null);
        return (conference, member, denied);
    }
}
