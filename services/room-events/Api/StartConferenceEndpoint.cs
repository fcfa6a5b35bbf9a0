using Conferencing.RoomEvents.Conferences;
using Conferencing.RoomEvents.Storage;
using Conferencing.RoomEvents.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Api;

/// <summary><c>POST /api/rooms/{roomId}/conferences</c>: accept a start once per click and hand it to a bridge.</summary>
public static class StartConferenceEndpoint
{
    // The row is stored before the send, so a broker that does not answer must not hold the caller: the re-drive sends later.
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(5);

    public static async Task<IResult> HandleAsync(
        string roomId,
        [FromHeader(Name = ActingUser.Header)] string? userId,
        [FromHeader(Name = StartConferenceRequestValidator.IdempotencyKeyHeader)] string? idempotencyKey,
        StartConferenceRequest? request,
        RoomEventsDb db,
        StartCommands commands,
        TimeProvider clock,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var errors = StartConferenceRequestValidator.Validate(roomId, userId, idempotencyKey, request);
        if (!errors.IsEmpty)
            return ApiProblems.Invalid(errors);
        request = request! with { Topic = string.IsNullOrWhiteSpace(request.Topic) ? null : request.Topic.Trim() };

        var room = await db.Rooms.FindAsync([roomId], cancellationToken);
        if (RoomAccess.Deny(room, roomId, userId!, out var starter) is { } denied)
            return denied;

        var start = new IdempotentStart(roomId, userId!, idempotencyKey, RequestFingerprint.Of(request));
        if (await start.ReplayAsync(db, cancellationToken) is { } replayed)
            return replayed;

        var team = await db.Teams.SingleAsync(t => t.Id == room!.TeamId, cancellationToken);
        var provider = request.Provider!;
        if (!team.IsEnabled(provider))
            return ApiProblems.Forbidden("The provider is switched off.", $"The team's admins switched {provider} off.");

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
        };
        if (await start.SaveAsync(db, conference, now, cancellationToken) is { } lostRace)
            return lostRace;

        var logger = loggers.CreateLogger(typeof(StartConferenceEndpoint));
        try
        {
            using var timeout = new CancellationTokenSource(SendTimeout);
            await commands.SendAsync(conference, room!, team, timeout.Token);
            logger.ConferenceAccepted(conference.Id, roomId, provider);
        }
        catch (Exception exception)
        {
            // Whatever went wrong with the broker, the stored conference is the promise: the re-drive keeps it.
            logger.StartNotSent(exception, conference.Id, roomId);
        }
        return Accepted(conference);
    }

    internal static IResult Accepted(Conference conference) =>
        TypedResults.Accepted($"/api/conferences/{conference.Id}", new ConferenceAccepted(conference.Id, conference.Status));
}
