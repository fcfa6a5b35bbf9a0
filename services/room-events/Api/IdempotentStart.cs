using Conferencing.RoomEvents.Storage;
using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Api;

/// <summary>
/// One start request and its <c>Idempotency-Key</c>: the same key and request get the conference the first one made;
/// the same key with another request is refused.
/// </summary>
public sealed class IdempotentStart(string roomId, string userId, string? idempotencyKey, string fingerprint)
{
    /// <summary>The answer a previous request with this key got, or null when the key is new (or absent).</summary>
    public async Task<IResult?> ReplayAsync(RoomEventsDb db, CancellationToken cancellationToken)
    {
        if (idempotencyKey is null)
            return null;
        var record = await db.IdempotencyRecords.FindAsync([roomId, userId, idempotencyKey], cancellationToken);
        if (record is null)
            return null;
        if (record.RequestFingerprint != fingerprint)
        {
            return ApiProblems.Unprocessable(
                "The Idempotency-Key was used for another request.",
                "This Idempotency-Key already started a conference with a different provider or topic; use a new key for a new request.");
        }
        var conference = await db.Conferences.SingleAsync(c => c.Id == record.ConferenceId, cancellationToken);
        return StartConferenceEndpoint.Accepted(conference);
    }

    /// <summary>
    /// Stores the conference and the key in one transaction. Null when stored; when a concurrent request with the same
    /// key stored first, the answer it got.
    /// </summary>
    public async Task<IResult?> SaveAsync(RoomEventsDb db, Conference conference, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.Conferences.Add(conference);
        if (idempotencyKey is not null)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                RoomId = roomId,
                UserId = userId,
                Key = idempotencyKey,
                RequestFingerprint = fingerprint,
                ConferenceId = conference.Id,
                CreatedAt = now,
            });
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException exception) when (idempotencyKey is not null && UniqueViolation.Is(exception))
        {
            db.ChangeTracker.Clear();
            return await ReplayAsync(db, cancellationToken) ?? throw new InvalidOperationException("Lost an idempotency race to a request that left no record.", exception);
        }
    }
}
