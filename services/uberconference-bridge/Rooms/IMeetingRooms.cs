namespace Conferencing.UberConferenceBridge.Rooms;

/// <summary>Finds a starter's UberConference (Dialpad Meetings) room; implemented by <see cref="Dialpad.MeetingRoomDirectory"/>.</summary>
public interface IMeetingRooms
{
    /// <summary>
    /// The meeting room whose owner has <paramref name="email"/>. A starter without a room, Dialpad's refusals and outages
    /// come back as a <see cref="RoomFailure"/>; only cancellation throws.
    /// </summary>
    Task<RoomLookup> FindAsync(string email, Guid conferenceId, CancellationToken cancellationToken);
}
