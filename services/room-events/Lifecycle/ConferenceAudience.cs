using Conferencing.RoomEvents.Storage;
using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Lifecycle;

/// <summary>
/// Who sees a conference: the members of its own room and of every room its invitation was shared into. They may read
/// it, join it (domain permitting) and share it on.
/// </summary>
public sealed class ConferenceAudience(RoomEventsDb db)
{
    /// <summary>The rooms that hold the conference's invitation: its own room first, then the rooms it was shared into.</summary>
    public async Task<IReadOnlyList<string>> RoomIdsAsync(Conference conference, CancellationToken cancellationToken)
    {
        var shared = await db.ConferenceShares.Where(s => s.ConferenceId == conference.Id).Select(s => s.RoomId).ToListAsync(cancellationToken);
        return [conference.RoomId, .. shared.Order(StringComparer.Ordinal)];
    }

    /// <summary>The first room that holds the invitation (its own room first) with the user as a member, or null.</summary>
    public async Task<Room?> FindRoomOfAsync(Conference conference, string userId, CancellationToken cancellationToken)
    {
        foreach (var roomId in await RoomIdsAsync(conference, cancellationToken))
        {
            if (await db.Rooms.FindAsync([roomId], cancellationToken) is { } room && room.FindMember(userId) is not null)
                return room;
        }
        return null;
    }
}
