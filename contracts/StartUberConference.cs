namespace Conferencing.Contracts;

/// <summary>Command: hand out the starter's UberConference (Dialpad Meetings) room to a chat room.</summary>
/// <param name="ConferenceId">Made once by room-events; the same id on every redelivery.</param>
/// <param name="TeamId">The team that owns the room.</param>
/// <param name="RoomId">The room the invitation goes to.</param>
/// <param name="Starter">Who picked "Start UberConference"; their email finds their meeting room.</param>
/// <param name="Topic">What the conference is about, or null; user text.</param>
/// <param name="Locale">The team's language (<c>en</c> or <c>ru</c>).</param>
/// <param name="WorkspaceDomain">The team's Google Workspace domain, or null; UberConference rooms are open either way.</param>
/// <param name="RoomMembers">The room's members when the start was requested.</param>
/// <param name="RequestedAt">When the member asked.</param>
/// <param name="Pin">The PIN the team's admin set for UberConference (digits), or null when none is required.</param>
public sealed record StartUberConference(
    Guid ConferenceId,
    string TeamId,
    string RoomId,
    ChatMember Starter,
    string? Topic,
    string Locale,
    string? WorkspaceDomain,
    IReadOnlyList<ChatMember> RoomMembers,
    DateTimeOffset RequestedAt,
    string? Pin);
