using Conferencing.RoomEvents.Lifecycle;
using Conferencing.RoomEvents.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Conferencing.RoomEvents.Api;

/// <summary>
/// <c>POST /api/conferences/{id}/end</c>: the starter or an admin of the team ends a running conference; every room
/// that holds its invitation is told. Ending an ended conference answers the same view again.
/// </summary>
public static class EndConferenceEndpoint
{
    public static async Task<IResult> HandleAsync(
        Guid conferenceId,
        [FromHeader(Name = ActingUser.Header)] string? userId,
        RoomEventsDb db,
        ConferenceAudience audience,
        ConferenceEnding ending,
        CancellationToken cancellationToken)
    {
        if (ActingUser.Check(userId) is { } invalid)
            return invalid;
        var conference = await db.Conferences.FindAsync([conferenceId], cancellationToken);
        if (conference is null)
            return ApiProblems.NotFound($"There is no conference {conferenceId}.");
        var team = await db.Teams.FindAsync([conference.TeamId], cancellationToken)
            ?? throw new InvalidOperationException($"Conference {conferenceId} belongs to team {conference.TeamId}, which is gone.");

        var isStarter = conference.Starter.UserId == userId;
        if (!isStarter && !TeamMembers.IsAdmin(team, userId!))
        {
            return ApiProblems.Forbidden(
                "Only the starter or an admin can end the conference.",
                $"{conference.Starter.Name} started this conference; they or an admin of the team can end it.");
        }
        var room = await audience.FindRoomOfAsync(conference, userId!, cancellationToken);
        var endedBy = room?.FindMember(userId!)?.Copy()
            ?? (isStarter ? conference.Starter.Copy() : await TeamMembers.FindAsync(db, team, userId!, cancellationToken))!;

        return await ending.EndAsync(conferenceId, endedBy, cancellationToken) switch
        {
            EndOutcome.Ended ended => TypedResults.Ok(ConferenceView.For(ended.Conference, endedBy)),
            EndOutcome.NotRunning notRunning => ApiProblems.Conflict(
                "The conference is not running.",
                notRunning.Status == ConferenceStatus.Starting
                    ? "The conference is still starting; end it once it has started."
                    : "The conference could not be started, so there is nothing to end."),
            _ => ApiProblems.NotFound($"There is no conference {conferenceId}."),
        };
    }
}
