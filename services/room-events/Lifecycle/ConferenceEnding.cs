using Conferencing.RoomEvents.Invitations;
using Conferencing.RoomEvents.Live;
using Conferencing.RoomEvents.Storage;
using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Lifecycle;

/// <summary>
/// Ends a conference and tells every room that holds its invitation: the invitation is re-rendered as ended (no Join
/// link) and an "ended" follow-up is written through the timeline, so the chat platform gets it too. Safe to repeat and
/// to race: the status is a concurrency token, follow-ups are unique per room, and a repeat completes what is missing.
/// </summary>
public sealed class ConferenceEnding(
    RoomEventsDb db, RoomTimeline timeline, LiveUpdates live, TimeProvider clock, ILogger<ConferenceEnding> logger)
{
    private const int Attempts = 3;

    /// <param name="conferenceId">The conference.</param>
    /// <param name="endedBy">The member or admin who ends it; null when it expired.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<EndOutcome> EndAsync(Guid conferenceId, RoomMember? endedBy, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var conference = await db.Conferences.FindAsync([conferenceId], cancellationToken);
            if (conference is null)
                return new EndOutcome.NotFound();
            if (conference.Status is ConferenceStatus.Starting or ConferenceStatus.Failed)
                return new EndOutcome.NotRunning(conference.Status);

            var endsNow = conference.Status == ConferenceStatus.Started;
            if (endsNow)
                conference.MarkEnded(StoredTime.UtcNow(clock), endedBy);
            try
            {
                if (await FollowUpAsync(conference, endsNow, cancellationToken))
                {
                    if (endsNow)
                        logger.ConferenceEnded(conference.Id, conference.EndedByUserId ?? "(time limit)");
                    return new EndOutcome.Ended(conference, endsNow);
                }
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Another request or instance ended it a moment ago: look again, and complete what it left.
            }
            if (attempt >= Attempts)
                throw new InvalidOperationException($"Conference {conferenceId} could not be ended after {Attempts} attempts.");
        }
    }

    /// <summary>
    /// Re-renders every invitation of the ended conference and writes the follow-ups still missing, all in the first
    /// save (with the status change). False when a concurrent writer got a follow-up in first: the caller looks again.
    /// </summary>
    private async Task<bool> FollowUpAsync(Conference conference, bool endsNow, CancellationToken cancellationToken)
    {
        var messages = await db.TimelineMessages
            .Where(m => m.ConferenceId == conference.Id && (m.Kind == TimelineMessageKind.Invitation || m.Kind == TimelineMessageKind.Ended))
            .ToListAsync(cancellationToken);
        var invitations = messages.Where(m => m.Kind == TimelineMessageKind.Invitation).ToList();
        var followedUp = messages.Where(m => m.Kind == TimelineMessageKind.Ended).Select(m => m.RoomId).ToHashSet(StringComparer.Ordinal);
        var shares = await db.ConferenceShares.AsNoTracking().Where(s => s.ConferenceId == conference.Id).ToDictionaryAsync(s => s.RoomId, cancellationToken);
        var sourceIds = shares.Values.Select(s => s.SharedFromRoomId).Distinct().ToList();
        var roomNames = await db.Rooms.AsNoTracking().Where(r => sourceIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var team = await db.Teams.AsNoTracking().SingleAsync(t => t.Id == conference.TeamId, cancellationToken);
        var culture = InvitationTexts.CultureFor(team.Locale);

        foreach (var invitation in invitations)
        {
            var share = shares.GetValueOrDefault(invitation.RoomId);
            var sharedFrom = share is null ? null : roomNames.GetValueOrDefault(share.SharedFromRoomId);
            invitation.Text = InvitationRenderer.Render(RoomInvitation.For(conference, share, sharedFrom), culture);
        }

        var notice = EndedNoticeRenderer.Render(new EndedNotice(conference.Provider, conference.Topic, conference.EndedByName), culture);
        var missing = invitations.Select(i => i.RoomId).Where(roomId => !followedUp.Contains(roomId)).ToList();
        foreach (var roomId in missing)
        {
            if (!await timeline.AppendAsync(conference.Id, roomId, TimelineMessageKind.Ended, notice, cancellationToken))
                return false;
        }
        await db.SaveChangesAsync(cancellationToken);

        if (endsNow || missing.Count > 0)
            await live.ConferenceChangedAsync(conference.Id, invitations.Select(i => i.RoomId));
        return true;
    }
}
