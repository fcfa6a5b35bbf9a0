using Conferencing.Contracts;
using Conferencing.RoomEvents.Invitations;
using Conferencing.RoomEvents.Storage;
using MassTransit;

namespace Conferencing.RoomEvents.Consumers;

/// <summary>Records a failed start and tells the room once, in the team's language.</summary>
public sealed class ConferenceStartFailedConsumer(
    RoomEventsDb db, RoomTimeline timeline, Live.LiveUpdates live, RoomEventsMetrics metrics, TimeProvider clock,
    ILogger<ConferenceStartFailedConsumer> logger)
    : IConsumer<ConferenceStartFailed>
{
    public async Task Consume(ConsumeContext<ConferenceStartFailed> context)
    {
        var failed = context.Message;
        var cancellationToken = context.CancellationToken;
        var conference = await db.Conferences.FindAsync([failed.ConferenceId], cancellationToken);
        if (conference is null)
        {
            logger.UnknownConference(nameof(ConferenceStartFailed), failed.ConferenceId, failed.RoomId);
            return;
        }

        // A copy of the start that got through already made a real conference; the room has its invitation.
        if (conference.Status == ConferenceStatus.Started)
        {
            logger.FailureAfterStart(conference.Id, failed.ReasonCode);
            return;
        }

        var roomId = conference.RoomId;
        if (await timeline.HasAsync(conference.Id, roomId, TimelineMessageKind.Failure, cancellationToken))
        {
            logger.AlreadyPosted(conference.Id, roomId, TimelineMessageKind.Failure);
            return;
        }

        conference.MarkFailed(failed, clock.GetUtcNow());
        var team = await db.Teams.FindAsync([conference.TeamId], cancellationToken)
            ?? throw new InvalidOperationException($"Conference {conference.Id} belongs to team {conference.TeamId}, which is gone.");
        var notice = new FailureNotice(
            conference.Provider, conference.Starter.Name, failed.ReasonCode, failed.RetryMayHelp, conference.Starter.Email);
        var text = FailureNoticeRenderer.Render(notice, InvitationTexts.CultureFor(team.Locale));
        if (await timeline.AppendAsync(conference.Id, roomId, TimelineMessageKind.Failure, text, cancellationToken))
        {
            logger.FailurePosted(conference.Id, roomId, failed.ReasonCode);
            metrics.StartAnswered(conference.Provider, "failed", failed.ReasonCode);
            await live.ConferenceChangedAsync(conference.Id, [roomId]);
        }
        else
            logger.AlreadyPosted(conference.Id, roomId, TimelineMessageKind.Failure);
    }
}
