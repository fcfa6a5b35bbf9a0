using System.Diagnostics.CodeAnalysis;
using Conferencing.UberConferenceBridge.Dialpad;

namespace Conferencing.UberConferenceBridge.Rooms;

/// <summary>The answer to "which room is the starter's": a room that can be joined, or a failure; never both, never neither.</summary>
public sealed record RoomLookup
{
    private RoomLookup(MeetingRoom? room, string? joinUrl, RoomFailure? failure) => (Room, JoinUrl, Failure) = (room, joinUrl, failure);

    public MeetingRoom? Room { get; }

    /// <summary>Where a browser joins the room (its <c>path</c>), when found.</summary>
    public string? JoinUrl { get; }

    public RoomFailure? Failure { get; }

    [MemberNotNullWhen(true, nameof(Room), nameof(JoinUrl))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Found => Room is not null;

    public static RoomLookup Of(MeetingRoom room, string joinUrl) => new(room, joinUrl, null);

    public static RoomLookup Failed(RoomFailure failure) => new(null, null, failure);

    public static RoomLookup Failed(string reasonCode, bool retryMayHelp, string message) => new(null, null, new RoomFailure(reasonCode, retryMayHelp, message));
}
