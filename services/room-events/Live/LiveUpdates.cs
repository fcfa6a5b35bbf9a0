using Conferencing.Hosting;
using MassTransit;

namespace Conferencing.RoomEvents.Live;

/// <summary>
/// Announces timeline changes on the bus, after they are saved. Inside a consumer the announcement leaves with the
/// consumer's other messages (the in-memory outbox); from a request it leaves at once, and a broker that does not
/// answer costs a live update (a page that reconnects reads the timeline again), never the request itself: after one
/// publish timed out, the rest of the request's announcements are skipped rather than each waiting its turn.
/// </summary>
public sealed class LiveUpdates(IPublishEndpoint publish, ILogger<LiveUpdates> logger)
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(5);
    private bool _brokerUnavailable;

    public Task MessageSavedAsync(string roomId, Guid conferenceId, Guid messageId) =>
        PublishAsync(new RoomTimelineChanged(roomId, conferenceId, messageId));

    public async Task ConferenceChangedAsync(Guid conferenceId, IEnumerable<string> roomIds)
    {
        foreach (var roomId in roomIds.Distinct(StringComparer.Ordinal))
            await PublishAsync(new RoomTimelineChanged(roomId, conferenceId, null));
    }

    private async Task PublishAsync(RoomTimelineChanged change)
    {
        if (_brokerUnavailable)
        {
            logger.LiveUpdateSkipped(change.RoomId, change.ConferenceId);
            return;
        }
        try
        {
            // Not the caller's token: inside a consumer the announcement leaves after the consumer returned, and a caller
            // that gave up (a closed request) does not take back the announcement of what it already saved.
            await publish.Publish(change, BrokerDeadline.Token(PublishTimeout));
        }
        catch (Exception exception)
        {
            _brokerUnavailable = true;
            logger.LiveUpdateNotPublished(exception, change.RoomId, change.ConferenceId);
        }
    }
}
