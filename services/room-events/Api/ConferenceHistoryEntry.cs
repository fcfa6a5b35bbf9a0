using Conferencing.RoomEvents.Storage;

namespace Conferencing.RoomEvents.Api;

/// <summary>One conference of a room's history: who, when, which provider, how it went and how long it ran.</summary>
public sealed record ConferenceHistoryEntry(
    Guid ConferenceId,
    string Provider,
    ConferenceStatus Status,
    string? Topic,
    MemberView StartedBy,
    DateTimeOffset RequestedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    MemberView? EndedBy,
    long? DurationSeconds)
{
    public static ConferenceHistoryEntry For(Conference conference) => new(
        conference.Id,
        conference.Provider,
        conference.Status,
        conference.Topic,
        new MemberView(conference.Starter.UserId, conference.Starter.Name),
        conference.RequestedAt,
        conference.StartedAt,
        conference.EndedAt,
        conference.EndedByUserId is { } endedBy ? new MemberView(endedBy, conference.EndedByName ?? endedBy) : null,
        conference.Duration is { } duration ? (long)Math.Round(duration.TotalSeconds) : null);
}
