namespace Conferencing.Contracts;

/// <summary>Event: a provider conference exists and may be announced in the room.</summary>
/// <param name="ConferenceId">The id room-events made for this start.</param>
/// <param name="Provider">One of <see cref="ConferenceProviders"/>.</param>
/// <param name="RoomId">The room that asked.</param>
/// <param name="JoinUrl">Where a browser joins.</param>
/// <param name="MeetingCode">The provider's short code (Meet: <c>abc-mnop-xyz</c>), or null.</param>
/// <param name="DialIn">Phone access, or null when the provider gave none.</param>
/// <param name="RestrictedToDomain">Only accounts of this Workspace domain may join; null when anyone may.</param>
/// <param name="ExcludedMembers">Room members outside <paramref name="RestrictedToDomain"/>; empty when open.</param>
/// <param name="StartedAt">When the provider confirmed the conference.</param>
public sealed record ConferenceStarted(
    Guid ConferenceId,
    string Provider,
    string RoomId,
    string JoinUrl,
    string? MeetingCode,
    DialIn? DialIn,
    string? RestrictedToDomain,
    IReadOnlyList<ChatMember> ExcludedMembers,
    DateTimeOffset StartedAt);
