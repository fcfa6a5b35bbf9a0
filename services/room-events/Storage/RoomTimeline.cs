using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Storage;

/// <summary>Writes a room's invitation or failure notice for a conference at most once, however often it is asked to.</summary>
public sealed class RoomTimeline(RoomEventsDb db, TimeProvider clock, Live.LiveUpdates live, Delivery.DeliveryOutbox outbox)
{
    public Task<bool> HasAsync(Guid conferenceId, string roomId, TimelineMessageKind kind, CancellationToken cancellationToken) =>
        db.TimelineMessages.AnyAsync(m => m.ConferenceId == conferenceId && m.RoomId == roomId && m.Kind == kind, cancellationToken);

    /// <summary>
    /// Saves the message together with the context's other changes. False when a concurrent copy of the same event
    /// wrote it first: the unique index said "already done", and the other copy made the same changes.
    /// </summary>
    public async Task<bool> AppendAsync(Guid conferenceId, string roomId, TimelineMessageKind kind, string text, CancellationToken cancellationToken) =>
        await PostAsync(conferenceId, roomId, kind, text, cancellationToken) is not null;

    /// <summary>
    /// <see cref="AppendAsync"/>, answering the saved message's id (null when a concurrent copy wrote it first).
    /// Once saved, the message is announced to the room's live streams on every instance.
    /// </summary>
    public async Task<Guid?> PostAsync(Guid conferenceId, string roomId, TimelineMessageKind kind, string text, CancellationToken cancellationToken)
    {
        var message = new TimelineMessage
        {
            MessageId = Guid.NewGuid(),
            RoomId = roomId,
            Kind = kind,
            ConferenceId = conferenceId,
            Text = text,
            CreatedAt = clock.GetUtcNow(),
        };
        db.TimelineMessages.Add(message);
        // The chat's copy (the room's webhook outbox) is stored with the message, or neither is.
        await outbox.AddAsync(message, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            return null;
        }
        await live.MessageSavedAsync(roomId, conferenceId, message.MessageId);
        return message.MessageId;
    }
}
