using Conferencing.Contracts;
using Conferencing.RoomEvents.Invitations;
using Conferencing.RoomEvents.Storage;
using MassTransit;

namespace Conferencing.RoomEvents.Consumers;

/// <summary>Records a started conference and posts its one invitation into the room that asked.</summary>
public sealed class ConferenceStartedConsumer(
    RoomEventsDb db, RoomTimeline timeline, Live.LiveUpdates live, RoomEventsMetrics metrics, ILogger<ConferenceStartedConsumer> logger)
    : IConsumer<ConferenceStarted>
{
    public async Task Consume(ConsumeContext<ConferenceStarted> context)
    {
        var started = context.Message;
        var cancellationToken = context.CancellationToken;
        var conference = await db.Conferences.FindAsync([started.ConferenceId], cancellationToken);
        if (conference is null)
        {
            logger.UnknownConference(nameof(ConferenceStarted), started.ConferenceId, started.RoomId);
            return;
        }

        // The stored room is the one that asked: a room id in an event cannot send the invitation anywhere else.
        var roomId = conference.RoomId;
        if (await timeline.HasAsync(conference.Id, roomId, TimelineMessageKind.Invitation, cancellationToken))
        {
            logger.AlreadyPosted(conference.Id, roomId, TimelineMessageKind.Invitation);
            return;
        }

        conference.MarkStarted(started);
        var team = await db.Teams.FindAsync([conference.TeamId], cancellationToken)
            ?? throw new InvalidOperationException($"Conference {conference.Id} belongs to team {conference.TeamId}, which is gone.");
        var text = InvitationRenderer.Render(Invitation.For(conference), InvitationTexts.CultureFor(team.Locale));
        if (await timeline.AppendAsync(conference.Id, roomId, TimelineMessageKind.Invitation, text, cancellationToken))
        {
            logger.InvitationPosted(conference.Id, roomId);
            metrics.StartAnswered(conference.Provider, "started", null);
            await live.ConferenceChangedAsync(conference.Id, [roomId]);
        }
        else
            logger.AlreadyPosted(conference.Id, roomId, TimelineMessageKind.Invitation);
    }
}
