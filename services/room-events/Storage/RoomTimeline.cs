using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Storage;

/// <summary>Writes a room's invitation or failure notice for a conference at most once, however often it is asked to.</summary>
public sealed class RoomTimeline(RoomEventsDb db, TimeProvider clock)
{
    public Task<bool> HasAsync(Guid conferenceId, string roomId, TimelineMessageKind kind, CancellationToken cancellationToken) =>
        db.TimelineMessages.AnyAsync(m => m.ConferenceId == conferenceId && m.RoomId == roomId && m.Kind == kind, cancellationToken);

    /// <summary>
    /// Saves the message together with the context's other changes. False when a concurrent copy of the same event
    /// wrote it first: the unique index said "already done", and the other copy made the same changes.
    /// </summary>
    public async Task<bool> AppendAsync(Guid conferenceId, string roomId, TimelineMessageKind kind, string text, CancellationToken cancellationToken)
    {
        db.TimelineMessages.Add(new TimelineMessage
        {
            MessageId = Guid.NewGuid(),
            RoomId = roomId,
            Kind = kind,
            ConferenceId = conferenceId,
            Text = text,
            CreatedAt = clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            return false;
        }
    }
}
