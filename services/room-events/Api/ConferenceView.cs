using Conferencing.Contracts;
using Conferencing.RoomEvents.Conferences;
using Conferencing.RoomEvents.Storage;

namespace Conferencing.RoomEvents.Api;

/// <summary>A conference as <c>GET /api/conferences/{id}</c> and the timeline show it to one member.</summary>
public sealed record ConferenceView(
    Guid ConferenceId,
    string RoomId,
    string Provider,
    ConferenceStatus Status,
    string? Topic,
    MemberView StartedBy,
    string? JoinUrl,
    string? MeetingCode,
    DialIn? DialIn,
    string? RestrictedToDomain,
    IReadOnlyList<MemberView> ExcludedMembers,
    FailureView? Failure,
    DateTimeOffset RequestedAt,
    DateTimeOffset? StartedAt)
{
    /// <summary>
    /// The join URL is shown only to a member who may join: for a restricted conference, that is the one way
    /// the link reaches people, as it is with <c>POST /api/conferences/{id}/join</c>.
    /// </summary>
    public static ConferenceView For(Conference conference, RoomMember viewer) => new(
        conference.Id,
        conference.RoomId,
        conference.Provider,
        conference.Status,
        conference.Topic,
        new MemberView(conference.Starter.UserId, conference.Starter.Name),
        JoinPolicy.MayJoin(conference, viewer) ? conference.JoinUrl : null,
        conference.MeetingCode,
        conference.DialIn,
        conference.RestrictedToDomain,
        [.. conference.ExcludedMembers.Select(m => new MemberView(m.UserId, m.Name))],
        conference.FailureCode is { } code ? new FailureView(code, conference.FailureMessage ?? "", conference.FailureRetryMayHelp) : null,
        conference.RequestedAt,
        conference.StartedAt);
}
