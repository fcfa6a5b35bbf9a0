using Conferencing.UberConferenceBridge.Rooms;

namespace Conferencing.UberConferenceBridge.Dialpad;

/// <summary>One listing of the company's rooms and when it was made, as <see cref="MeetingRoomDirectory"/> keeps it.</summary>
public sealed record RoomListing(MeetingRoomIndex Rooms, DateTimeOffset ListedAt)
{
    public TimeSpan AgeAt(DateTimeOffset now) => now - ListedAt;
}
