using Conferencing.RoomEvents.Invitations;
using Conferencing.RoomEvents.Storage;
using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Delivery;

/// <summary>
/// Puts a timeline message into the delivery outbox of its room's webhook, in the same unit of work as the message
/// (<see cref="RoomTimeline"/> calls it before saving), so that the message and its delivery are stored together or not at all.
/// </summary>
public sealed class DeliveryOutbox(RoomEventsDb db, DeliverySignal signal)
{
    private bool _wakeOnSave;

    public async Task AddAsync(TimelineMessage message, CancellationToken cancellationToken)
    {
        var room = await db.Rooms.FindAsync([message.RoomId], cancellationToken);
        if (room?.WebhookUrl is not { } webhookUrl)
            return;
        var conference = await db.Conferences.FindAsync([message.ConferenceId], cancellationToken)
            ?? throw new InvalidOperationException($"Timeline message {message.MessageId} is about conference {message.ConferenceId}, which is not stored.");
        var team = await db.Teams.FindAsync([room.TeamId], cancellationToken)
            ?? throw new InvalidOperationException($"Room {room.Id} belongs to team {room.TeamId}, which is gone.");

        // Found whether it is stored already or being saved with this message.
        var share = conference.RoomId == room.Id ? null : await db.ConferenceShares.FindAsync([conference.Id, room.Id], cancellationToken);
        var sharedFrom = share is null ? null : (await db.Rooms.FindAsync([share.SharedFromRoomId], cancellationToken))?.Name;
        var text = ChatMessageText.For(message, conference, share, sharedFrom, InvitationTexts.CultureFor(team.Locale));

        db.Set<WebhookDelivery>().Add(new WebhookDelivery
        {
            MessageId = message.MessageId,
            RoomId = message.RoomId,
            WebhookUrl = webhookUrl,
            Payload = new WebhookPayload(text).ToJson(),
            CreatedAt = message.CreatedAt,
            NextAttemptAt = message.CreatedAt,
        });
        if (!_wakeOnSave)
        {
            _wakeOnSave = true;
            db.SavedChanges += (_, _) => signal.Wake();
        }
    }
}
