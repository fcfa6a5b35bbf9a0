namespace Conferencing.Contracts;

/// <summary>Command: create a Google Meet conference (the successor of Hangouts) for a chat room.</summary>
/// <param name="ConferenceId">Made once by room-events; the same id on every redelivery, so the bridge can be idempotent.</param>
/// <param name="TeamId">The team that owns the room.</param>
/// <param name="RoomId">The room the invitation goes to.</param>
/// <param name="Starter">Who picked "Start Google Hangout".</param>
/// <param name="Topic">What the conference is about, or null; user text.</param>
/// <param name="Locale">The team's language (<c>en</c> or <c>ru</c>).</param>
/// <param name="WorkspaceDomain">The team's Google Workspace domain, or null when the team has none.</param>
/// <param name="RoomMembers">The room's members when the start was requested, to list who a restriction excludes.</param>
/// <param name="RequestedAt">When the member asked.</param>
public sealed record StartGoogleHangout(
    Guid ConferenceId,
    string TeamId,
    string RoomId,
    ChatMember Starter,
    string? Topic,
    string Locale,
    string? WorkspaceDomain,
    IReadOnlyList<ChatMember> RoomMembers,
    DateTimeOffset RequestedAt);
