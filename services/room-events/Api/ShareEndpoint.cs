using Conferencing.RoomEvents.Conferences;
using Conferencing.RoomEvents.Invitations;
using Conferencing.RoomEvents.Lifecycle;
using Conferencing.RoomEvents.Storage;
using Conferencing.RoomEvents.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Api;

/// <summary>
/// <c>POST /api/conferences/{id}/shares</c>: posts a running conference's invitation into another room of its team, once
/// per room, with the domain restriction checked against that room's members. The sharer must see the conference (a
/// member of a room that holds its invitation) and be a member of the target room.
/// </summary>
public static class ShareEndpoint
{
    public static async Task<IResult> HandleAsync(
        Guid conferenceId,
        [FromHeader(Name = ActingUser.Header)] string? userId,
        ShareRequest? request,
        RoomEventsDb db,
        ConferenceAudience audience,
        RoomTimeline timeline,
        ConferenceEnding ending,
        TimeProvider clock,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        errors.CheckId(ActingUser.Header, userId);
        if (request is null)
            errors.Add("body", "A JSON object is required.");
        else
            errors.CheckId("roomId", request.RoomId);
        if (!errors.IsEmpty)
            return ApiProblems.Invalid(errors);

        var conference = await db.Conferences.FindAsync([conferenceId], cancellationToken);
        if (conference is null)
            return ApiProblems.NotFound($"There is no conference {conferenceId}.");
        if (await audience.FindRoomOfAsync(conference, userId!, cancellationToken) is not { } sharedFrom)
            return ApiProblems.NotAMember(conference.RoomId);
        var targetId = request!.RoomId!;
        var target = await db.Rooms.FindAsync([targetId], cancellationToken);
        if (target is null)
            return ApiProblems.NotFound($"There is no room {targetId}.");
        if (target.TeamId != conference.TeamId)
            return ApiProblems.Forbidden("The room belongs to another team.", "A conference can be shared only into rooms of its own team.");
        if (target.FindMember(userId!) is null)
            return ApiProblems.NotAMember(targetId);

        // Its own room, or a room it was shared into before: the invitation that is there already.
        if (await InvitationInAsync(db, conferenceId, targetId, cancellationToken) is { } existing)
            return TypedResults.Ok(new ShareCreated(targetId, existing));
        if (conference.Status != ConferenceStatus.Started)
            return ApiProblems.Conflict("The conference is not running.", "Only a conference that has started and not ended can be shared.");

        var share = new ConferenceShare
        {
            ConferenceId = conferenceId,
            RoomId = targetId,
            SharedByUserId = userId!,
            SharedByName = sharedFrom.FindMember(userId!)!.Name,
            SharedFromRoomId = sharedFrom.Id,
            ExcludedMembers = [.. target.Members.Where(member => !JoinPolicy.MayJoin(conference, member)).Select(member => member.Copy())],
            SharedAt = StoredTime.UtcNow(clock),
        };
        db.ConferenceShares.Add(share);
        var team = await db.Teams.AsNoTracking().SingleAsync(t => t.Id == conference.TeamId, cancellationToken);
        var text = InvitationRenderer.Render(RoomInvitation.For(conference, share, sharedFrom.Name), InvitationTexts.CultureFor(team.Locale));
        if (await timeline.PostAsync(conferenceId, targetId, TimelineMessageKind.Invitation, text, cancellationToken) is not { } messageId)
        {
            // A concurrent share of the same conference into the same room got there first.
            db.ChangeTracker.Clear();
            return TypedResults.Ok(new ShareCreated(targetId, (await InvitationInAsync(db, conferenceId, targetId, cancellationToken))!.Value));
        }
        loggers.CreateLogger(typeof(ShareEndpoint)).ConferenceShared(conferenceId, targetId, userId!);

        // Ended between the check and the write: the ending did not see this room, so complete it here.
        if (await db.Conferences.AsNoTracking().Where(c => c.Id == conferenceId).Select(c => c.Status).SingleAsync(cancellationToken) == ConferenceStatus.Ended)
            await ending.EndAsync(conferenceId, null, cancellationToken);
        return TypedResults.Created($"/api/rooms/{targetId}/messages", new ShareCreated(targetId, messageId));
    }

    private static Task<Guid?> InvitationInAsync(RoomEventsDb db, Guid conferenceId, string roomId, CancellationToken cancellationToken) =>
        db.TimelineMessages
            .Where(m => m.ConferenceId == conferenceId && m.RoomId == roomId && m.Kind == TimelineMessageKind.Invitation)
            .Select(m => (Guid?)m.MessageId)
            .SingleOrDefaultAsync(cancellationToken);
}
