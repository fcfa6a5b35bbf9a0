using Conferencing.RoomEvents.Conferences;
using Conferencing.RoomEvents.Storage;
using Conferencing.RoomEvents.Validation;
using Microsoft.AspNetCore.Mvc;

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
        ConferenceStarter starter,
        CancellationToken cancellationToken)
    {
        var errors = StartConferenceRequestValidator.Validate(roomId, userId, idempotencyKey, request);
        if (!errors.IsEmpty)
            return ApiProblems.Invalid(errors);
        request = request! with { Topic = string.IsNullOrWhiteSpace(request.Topic) ? null : request.Topic.Trim() };

        var outcome = await starter.StartAsync(roomId, userId!, idempotencyKey, request, SendTimeout, cancellationToken);
        return outcome switch
        {
            StartOutcome.Accepted accepted => Accepted(accepted.Conference),
            StartOutcome.RoomNotFound => ApiProblems.NotFound($"There is no room {roomId}."),
            StartOutcome.NotAMember => ApiProblems.NotAMember(roomId),
            StartOutcome.ProviderSwitchedOff off =>
                ApiProblems.Forbidden("The provider is switched off.", $"The team's admins switched {off.Provider} off."),
            StartOutcome.KeyReused => ApiProblems.Unprocessable(
                "The Idempotency-Key was used for another request.",
                "This Idempotency-Key already started a conference with a different provider or topic; use a new key for a new request."),
            _ => throw new InvalidOperationException($"Unexpected start outcome {outcome}."),
        };
    }

    internal static IResult Accepted(Conference conference) =>
        TypedResults.Accepted($"/api/conferences/{conference.Id}", new ConferenceAccepted(conference.Id, conference.Status));
}
