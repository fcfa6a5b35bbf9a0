using Conferencing.RoomEvents.Storage;

namespace Conferencing.RoomEvents.Conferences;

/// <summary>Who may have a conference's join link: anyone, or for a restricted conference, accounts of its domain.</summary>
public static class JoinPolicy
{
    public static bool MayJoin(Conference conference, RoomMember member) =>
        conference.RestrictedToDomain is not { } domain
        || string.Equals(EmailDomain(member.Email), domain, StringComparison.OrdinalIgnoreCase);

    private static string EmailDomain(string email) => email[(email.LastIndexOf('@') + 1)..];
}
