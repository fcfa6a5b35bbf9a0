namespace Conferencing.RoomEvents.Storage;

/// <summary>
/// Remembers which conference an <c>Idempotency-Key</c> made, per room and user, and a fingerprint of the request,
/// so a repeated click gets the same conference and a reused key with another request is refused.
/// </summary>
public sealed class IdempotencyRecord
{
    public required string RoomId { get; init; }
    public required string UserId { get; init; }
    public required string Key { get; init; }
    public required string RequestFingerprint { get; init; }
    public required Guid ConferenceId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}
