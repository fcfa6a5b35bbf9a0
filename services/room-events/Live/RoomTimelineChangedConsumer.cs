using Conferencing.RoomEvents.Api;
using Conferencing.RoomEvents.Storage;
using MassTransit;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Conferencing.RoomEvents.Live;

/// <summary>
/// Runs on every instance (its own temporary queue): re-reads the change from the database, so that every instance sends
/// the same JSON, and pushes it to the room's streams open here. Writes nothing: persistence happened once, elsewhere.
/// </summary>
public sealed class RoomTimelineChangedConsumer(RoomSubscriptions streams, RoomEventsDb db, IOptions<JsonOptions> json, ILogger<RoomTimelineChangedConsumer> logger)
    : IConsumer<RoomTimelineChanged>
{
    public async Task Consume(ConsumeContext<RoomTimelineChanged> context)
    {
        var change = context.Message;
        var watching = streams.In(change.RoomId);
        if (watching.Count == 0)
            return;

        var cancellationToken = context.CancellationToken;
        var conference = await db.Conferences.AsNoTracking().SingleOrDefaultAsync(c => c.Id == change.ConferenceId, cancellationToken);
        if (conference is null)
            return;
        var share = await db.ConferenceShares.AsNoTracking()
            .SingleOrDefaultAsync(s => s.ConferenceId == change.ConferenceId && s.RoomId == change.RoomId, cancellationToken);
        var options = json.Value.SerializerOptions;

        Func<RoomSubscription, string> frame;
        if (change.MessageId is { } messageId)
        {
            var message = await db.TimelineMessages.AsNoTracking()
                .SingleOrDefaultAsync(m => m.MessageId == messageId && m.RoomId == change.RoomId, cancellationToken);
            if (message is null)
                return;
            frame = stream => ServerSentEvent.Frame(ServerSentEvent.Message, TimelineViews.Message(message, conference, share, stream.Viewer), options);
        }
        else
        {
            frame = stream => ServerSentEvent.Frame(ServerSentEvent.Conference, TimelineViews.Conference(conference, share, stream.Viewer), options);
        }

        foreach (var stream in watching)
        {
            if (!stream.TryPush(frame(stream)))
            {
                logger.StreamTooSlow(stream.RoomId, stream.Viewer.UserId, RoomSubscription.Capacity);
                streams.Remove(stream);
            }
        }
    }
}
