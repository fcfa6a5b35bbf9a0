using Conferencing.Contracts;

namespace Conferencing.HangoutBridge.Domain;

/// <summary>
/// The Workspace domain rule: a starter whose email is in the team's Google Workspace domain starts the conference
/// as themselves, and it admits only that domain; anyone else gets an open conference under the organizer account.
/// </summary>
public static class DomainPolicy
{
    public static ConferenceAccess Decide(ChatMember starter, string? workspaceDomain, IReadOnlyList<ChatMember> roomMembers)
    {
        var domain = Normalize(workspaceDomain);
        if (domain is null || !IsInDomain(starter.Email, domain))
            return ConferenceAccess.Open;

        var excluded = roomMembers.Where(member => !IsInDomain(member.Email, domain)).ToList();
        return new ConferenceAccess(domain, excluded);
    }

    /// <summary>
    /// True when the address belongs to the domain itself; a subdomain is another Workspace tenant, so it does not count.
    /// </summary>
    public static bool IsInDomain(string? email, string domain)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        return at > 0 && string.Equals(email![(at + 1)..].Trim(), domain, StringComparison.OrdinalIgnoreCase);
    }

    private static string? Normalize(string? domain)
    {
        var trimmed = domain?.Trim().TrimStart('@').ToLowerInvariant();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
