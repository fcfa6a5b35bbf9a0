using Conferencing.RoomEvents.Api;
using Conferencing.RoomEvents.Redrive;
using Conferencing.RoomEvents.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Conferencing.RoomEvents.Conferences;

/// <summary>
/// Starts a conference once per click, whichever door the click came through (<c>POST /api/rooms/{roomId}/conferences</c>,
/// Slack's slash command): checks membership and the team's provider switch, stores the conference with its idempotency
/// key, then hands it to the bridge.
/// </summary>
public sealed class ConferenceStarter(
    RoomEventsDb db, StartCommands commands, RoomEventsMetrics metrics, IOptions<RoomEventsOptions> options, TimeProvider clock,
    ILogger<ConferenceStarter> logger)
{
    /// <param name="request">A validated request whose topic is already normalised (blank is null).</param>
    /// <param name="sendTimeout">
    /// How long the caller may wait for the broker. The row is stored before the send, so a broker that does not answer
    /// must not hold the caller: the re-drive sends later.
    /// </param>
    public async Task<StartOutcome> StartAsync(
        string roomId, string userId, string? idempotencyKey, StartConferenceRequest request, TimeSpan sendTimeout, CancellationToken cancellationToken)
    {
        var room = await db.Rooms.FindAsync([roomId], cancellationToken);
        if (room is null)
            return new StartOutcome.RoomNotFound(roomId);
        if (room.FindMember(userId) is not { } starter)
            return new StartOutcome.NotAMember(roomId);

        var start = new IdempotentStart(roomId, userId, idempotencyKey, RequestFingerprint.Of(request));
        if (await start.ReplayAsync(db, cancellationToken) is { } replayed)
            return replayed;

        var team = await db.Teams.SingleAsync(t => t.Id == room.TeamId, cancellationToken);
        var provider = request.Provider!;
        if (!team.IsEnabled(provider))
            return new StartOutcome.ProviderSwitchedOff(provider);

        var now = StoredTime.UtcNow(clock);
        var conference = new Conference
        {
            Id = Guid.NewGuid(),
            TeamId = team.Id,
            RoomId = roomId,
            Provider = provider,
            Topic = request.Topic,
            Starter = starter.Copy(),
            RequestedAt = now,
            LastSentAt = now,
            NextSendAt = RedriveSchedule.NextSendAt(now, now, options.Value.RedriveAfter, options.Value.GiveUpAfter),
        };
        if (await start.SaveAsync(db, conference, now, cancellationToken) is { } lostRace)
            return lostRace;
        metrics.StartAccepted(provider);

        try
        {
            using var timeout = new CancellationTokenSource(sendTimeout);
            await commands.SendAsync(conference, room, team, timeout.Token);
            logger.ConferenceAccepted(conference.Id, roomId, provider);
        }
        catch (Exception exception)
        {
            // Whatever went wrong with the broker, the stored conference is the promise: the re-drive keeps it.
            logger.StartNotSent(exception, conference.Id, roomId);
        }
        return new StartOutcome.Accepted(conference);
    }
}
