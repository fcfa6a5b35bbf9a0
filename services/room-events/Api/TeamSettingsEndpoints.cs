using Conferencing.Contracts;
using Conferencing.RoomEvents.Lifecycle;
using Conferencing.RoomEvents.Storage;
using Conferencing.RoomEvents.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Conferencing.RoomEvents.Api;

/// <summary>
/// A team's settings as the page sees and changes them: <c>GET /api/teams/{teamId}</c> for its members, and the
/// admins-only <c>PUT /api/teams/{teamId}/providers/{provider}</c> and <c>PUT /api/teams/{teamId}/workspace-domain</c>.
/// (<c>PUT /api/teams/{teamId}</c> stays the chat backend's provisioning call.)
/// </summary>
public static class TeamSettingsEndpoints
{
    private static readonly string[] Providers = [ConferenceProviders.GoogleHangout, ConferenceProviders.UberConference];

    public static async Task<IResult> GetAsync(
        string teamId, [FromHeader(Name = ActingUser.Header)] string? userId, RoomEventsDb db, CancellationToken cancellationToken)
    {
        if (ActingUser.Check(userId) is { } invalid)
            return invalid;
        var team = await db.Teams.FindAsync([teamId], cancellationToken);
        if (team is null)
            return ApiProblems.NotFound($"There is no team {teamId}.");
        if (!await TeamMembers.IncludesAsync(db, team, userId!, cancellationToken))
            return NotInTeam(teamId);
        return TypedResults.Ok(TeamView.For(team, TeamMembers.IsAdmin(team, userId!)));
    }

    /// <summary>Switches a provider on or off; <c>pin</c> (UberConference only) sets the PIN, <c>""</c> removes it, absent keeps it.</summary>
    public static async Task<IResult> PutProviderAsync(
        string teamId,
        string provider,
        [FromHeader(Name = ActingUser.Header)] string? userId,
        ProviderSwitch? request,
        RoomEventsDb db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        errors.CheckId(ActingUser.Header, userId);
        if (!Providers.Contains(provider, StringComparer.Ordinal))
            errors.Add("provider", $"Unknown provider; known are {string.Join(", ", Providers)}.");
        if (request is null)
            errors.Add("body", "A JSON object is required.");
        else
        {
            if (request.Enabled is null)
                errors.Add("enabled", "Required: true or false.");
            if (request.Pin is { Length: > 0 } pin && provider != ConferenceProviders.UberConference)
                errors.Add("pin", "Only UberConference has a PIN.");
            else if (request.Pin is { Length: > 0 } digits && (digits.Length is < 3 or > 16 || !digits.All(char.IsAsciiDigit)))
                errors.Add("pin", "3 to 16 digits.");
        }
        if (!errors.IsEmpty)
            return ApiProblems.Invalid(errors);

        var (team, denied) = await FindForAdminAsync(db, teamId, userId!, cancellationToken);
        if (denied is not null)
            return denied;
        if (provider == ConferenceProviders.GoogleHangout)
            team!.GoogleHangoutEnabled = request!.Enabled!.Value;
        else
        {
            team!.UberConferenceEnabled = request!.Enabled!.Value;
            if (request.Pin is not null)
                team.UberConferencePin = request.Pin.Length == 0 ? null : request.Pin;
        }
        team.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(TeamView.For(team, viewerIsAdmin: true));
    }

    public static async Task<IResult> PutWorkspaceDomainAsync(
        string teamId,
        [FromHeader(Name = ActingUser.Header)] string? userId,
        WorkspaceDomainRequest? request,
        RoomEventsDb db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        errors.CheckId(ActingUser.Header, userId);
        var domain = string.IsNullOrWhiteSpace(request?.GoogleWorkspaceDomain) ? null : request.GoogleWorkspaceDomain.Trim().ToLowerInvariant();
        if (request is null)
            errors.Add("body", "A JSON object is required.");
        else
            errors.CheckDomain("googleWorkspaceDomain", domain);
        if (!errors.IsEmpty)
            return ApiProblems.Invalid(errors);

        var (team, denied) = await FindForAdminAsync(db, teamId, userId!, cancellationToken);
        if (denied is not null)
            return denied;
        team!.GoogleWorkspaceDomain = domain;
        team.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(TeamView.For(team, viewerIsAdmin: true));
    }

    private static async Task<(Team? Team, IResult? Denied)> FindForAdminAsync(RoomEventsDb db, string teamId, string userId, CancellationToken cancellationToken)
    {
        var team = await db.Teams.FindAsync([teamId], cancellationToken);
        if (team is null)
            return (null, ApiProblems.NotFound($"There is no team {teamId}."));
        if (!TeamMembers.IsAdmin(team, userId))
            return (null, ApiProblems.Forbidden("Only the team's admins change its settings.", $"{userId} is not an admin of team {teamId}."));
        return (team, null);
    }

    internal static IResult NotInTeam(string teamId) =>
        ApiProblems.Forbidden("Not a member of the team.", $"Only admins of team {teamId} and members of its rooms may do this.");
}
