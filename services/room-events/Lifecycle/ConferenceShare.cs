using Conferencing.RoomEvents.Storage;

namespace Conferencing.RoomEvents.Lifecycle;

/// <summary>
/// A running conference's invitation posted into another room of its team: who shared it, and which members of that
/// room its domain restriction keeps out. One per (conference, room), like the invitation it wrote there, so sharing
/// again answers the same message.
/// </summary>
public sealed class ConferenceShare
{
    public required Guid ConferenceId { get; init; }
    public required string RoomId { get; init; }

    public required string SharedByUserId { get; init; }
    public required string SharedByName { get; init; }

    /// <summary>The room the invitation was shared from (the conference's own room, or another it was shared into).</summary>
    public required string SharedFromRoomId { get; init; }

    /// <summary>Members of this room outside the conference's domain, as they were when it was shared.</summary>
    public List<RoomMember> ExcludedMembers { get; init; } = [];

    public required DateTimeOffset SharedAt { get; init; }
}
