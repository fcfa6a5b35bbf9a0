using Conferencing.RoomEvents.Conferences;
using Conferencing.RoomEvents.Storage;
using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Api;

/// <summary>
/// One start request and its <c>Idempotency-Key</c>: the same key and request get the conference the first one made;
/// the same key with another request is refused.
/// </summary>
public sealed class IdempotentStart(string roomId, string userId, string? idempotencyKey, string fingerprint)
{
    /// <summary>The outcome a previous request with this key had, or null when the key is new (or absent).</summary>
    public async Task<StartOutcome?> ReplayAsync(RoomEventsDb db, CancellationToken cancellationToken)
    {
        if (idempotencyKey is null)
            return null;
        var record = await db.IdempotencyRecords.FindAsync([roomId, userId, idempotencyKey], cancellationToken);
        if (record is null)
            return null;
        if (record.RequestFingerprint != fingerprint)
            return new StartOutcome.KeyReused();
        var conference = await db.Conferences.SingleAsync(c => c.Id == record.ConferenceId, cancellationToken);
        return new StartOutcome.Accepted(conference);
    }

    /// <summary>
    /// Stores the conference and the key in one transaction. Null when stored; when a concurrent request with the same
    /// key stored first, the outcome it had.
    /// </summary>
    public async Task<StartOutcome?> SaveAsync(RoomEventsDb db, Conference conference, DateTimeOffset now, CancellationToken cancellationToken)
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
