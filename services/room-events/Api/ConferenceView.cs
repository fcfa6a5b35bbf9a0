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
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt = null,
    MemberView? EndedBy = null)
{
    /// <summary>
    /// The join URL is shown only to a member who may join: for a restricted conference, that is the one way
    /// the link reaches people, as it is with <c>POST /api/conferences/{id}/join</c>. An ended conference offers no way
    /// in at all: no join URL, meeting code or dial-in.
    /// </summary>
    public static ConferenceView For(Conference conference, RoomMember viewer) => new(
        conference.Id,
        conference.RoomId,
        conference.Provider,
        conference.Status,
        conference.Topic,
        new MemberView(conference.Starter.UserId, conference.Starter.Name),
        conference.Status != ConferenceStatus.Ended && JoinPolicy.MayJoin(conference, viewer) ? conference.JoinUrl : null,
        conference.Status != ConferenceStatus.Ended ? conference.MeetingCode : null,
        conference.Status != ConferenceStatus.Ended ? conference.DialIn : null,
        conference.RestrictedToDomain,
        [.. conference.ExcludedMembers.Select(m => new MemberView(m.UserId, m.Name))],
        conference.FailureCode is { } code ? new FailureView(code, conference.FailureMessage ?? "", conference.FailureRetryMayHelp) : null,
        conference.RequestedAt,
        conference.StartedAt,
        conference.EndedAt,
        conference.EndedByUserId is { } endedBy ? new MemberView(endedBy, conference.EndedByName ?? endedBy) : null);
}
