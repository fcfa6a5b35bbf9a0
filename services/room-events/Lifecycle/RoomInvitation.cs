using Conferencing.RoomEvents.Invitations;
using Conferencing.RoomEvents.Storage;

namespace Conferencing.RoomEvents.Lifecycle;

/// <summary>A conference's invitation as one room shows it: in a room it was shared into, that room's own exclusions.</summary>
public static class RoomInvitation
{
    /// <param name="conference">The conference.</param>
    /// <param name="share">How it came into the room, or null in its own room.</param>
    /// <param name="sharedFromName">The name of the room it was shared from (when <paramref name="share"/> is given).</param>
    public static Invitation For(Conference conference, ConferenceShare? share, string? sharedFromName)
    {
        var invitation = Invitation.For(conference);
        return share is null
            ? invitation
            : invitation with
            {
                ExcludedMembers = [.. share.ExcludedMembers.Select(member => member.Name)],
                SharedBy = share.SharedByName,
                SharedFrom = sharedFromName ?? share.SharedFromRoomId,
            };
    }
}
