using Conferencing.Contracts;
using Conferencing.RoomEvents.Storage;

namespace Conferencing.RoomEvents.Invitations;

/// <summary>What an invitation tells a room; every string is as the user or provider gave it, unescaped.</summary>
/// <param name="Provider">One of <see cref="ConferenceProviders"/>.</param>
/// <param name="Topic">The topic, or null.</param>
/// <param name="StartedBy">The starter's display name.</param>
/// <param name="JoinUrl">Where a browser joins; left out of the text when the conference is restricted.</param>
/// <param name="MeetingCode">The provider's short code, or null.</param>
/// <param name="DialIn">Phone access, or null.</param>
/// <param name="RestrictedToDomain">Only accounts of this domain may join; null when anyone may.</param>
/// <param name="ExcludedMembers">Display names of the room members who cannot join.</param>
/// <param name="HasEnded">The conference ended: the invitation says so and offers no way in.</param>
/// <param name="SharedBy">Who shared it into this room, when it was shared from another.</param>
/// <param name="SharedFrom">The name of the room it was shared from.</param>
public sealed record Invitation(
    string Provider,
    string? Topic,
    string StartedBy,
    string? JoinUrl,
    string? MeetingCode,
    DialIn? DialIn,
    string? RestrictedToDomain,
    IReadOnlyList<string> ExcludedMembers,
    bool HasEnded = false,
    string? SharedBy = null,
    string? SharedFrom = null)
{
    /// <summary>What a stored conference tells its room.</summary>
    public static Invitation For(Conference conference) => new(
        conference.Provider,
        conference.Topic,
        conference.Starter.Name,
        conference.JoinUrl,
        conference.MeetingCode,
        conference.DialIn,
        conference.RestrictedToDomain,
        [.. conference.ExcludedMembers.Select(member => member.Name)],
        conference.Status == ConferenceStatus.Ended);
}
