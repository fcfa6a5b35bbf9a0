using Conferencing.Contracts;

namespace Conferencing.HangoutBridge.Domain;

/// <summary>Who may join a conference: anyone, or only accounts of one Google Workspace domain.</summary>
/// <param name="RestrictedToDomain">The Workspace domain, or null when the conference is open.</param>
/// <param name="ExcludedMembers">Room members a restriction keeps out; empty when open.</param>
public sealed record ConferenceAccess(string? RestrictedToDomain, IReadOnlyList<ChatMember> ExcludedMembers)
{
    public static ConferenceAccess Open { get; } = new(null, []);

    public bool IsRestricted => RestrictedToDomain is not null;
}
