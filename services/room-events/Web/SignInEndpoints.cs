using System.Security.Claims;
using Conferencing.RoomEvents.Api;
using Conferencing.RoomEvents.Storage;
using Conferencing.RoomEvents.Validation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Web;

/// <summary>
/// The development sign-in: <c>GET /web/directory</c>, <c>POST /web/sign-in</c>, <c>POST /web/sign-out</c> and
/// <c>GET /web/session</c> (204 when nobody is signed in). All of them answer 404 unless <c>RoomEvents:DevSignIn</c> is true.
/// </summary>
public static class SignInEndpoints
{
    // A picker, not a report: a development database has a handful of teams.
    private const int MaxTeams = 200;

    public static async Task<IResult> DirectoryAsync(HttpContext context, RoomEventsDb db, CancellationToken cancellationToken)
    {
        if (Disabled(context) is { } disabled)
            return disabled;
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).ThenBy(t => t.Id).Take(MaxTeams).ToListAsync(cancellationToken);
        var teamIds = teams.Select(t => t.Id).ToList();
        var rooms = await db.Rooms.AsNoTracking().Where(r => teamIds.Contains(r.TeamId)).ToListAsync(cancellationToken);
        return TypedResults.Ok(teams.Select(team => new DirectoryTeam(
            team.Id,
            team.Name,
            team.Locale,
            [.. rooms.Where(r => r.TeamId == team.Id).OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)
                .Select(r => new DirectoryRoom(r.Id, r.Name, [.. r.Members.Select(m => new MemberView(m.UserId, m.Name))]))])).ToList());
    }

    public static async Task<IResult> SignInAsync(HttpContext context, SignInRequest? request, RoomEventsDb db, CancellationToken cancellationToken)
    {
        if (Disabled(context) is { } disabled)
            return disabled;
        var errors = new InputErrors();
        errors.CheckId("teamId", request?.TeamId);
        errors.CheckId("userId", request?.UserId);
        if (!errors.IsEmpty)
            return ApiProblems.Invalid(errors);

        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == request!.TeamId, cancellationToken);
        if (team is null)
            return ApiProblems.NotFound($"There is no team {request!.TeamId}.");
        var member = (await db.Rooms.AsNoTracking().Where(r => r.TeamId == team.Id).ToListAsync(cancellationToken))
            .Select(room => room.FindMember(request!.UserId!)).FirstOrDefault(found => found is not null);
        if (member is null)
            return ApiProblems.Forbidden("Not a member of the team.", $"{request!.UserId} is in none of the rooms of team {team.Id}.");

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, member.UserId),
                new Claim(ClaimTypes.Name, member.Name),
                new Claim(PageAuthentication.TeamClaim, team.Id),
            ],
            PageAuthentication.CookieScheme);
        await context.SignInAsync(PageAuthentication.CookieScheme, new ClaimsPrincipal(identity));
        return TypedResults.Ok(new SessionView(team.Id, team.Name, team.Locale, member.UserId, member.Name));
    }

    public static async Task<IResult> SignOutAsync(HttpContext context)
    {
        if (Disabled(context) is { } disabled)
            return disabled;
        await context.SignOutAsync(PageAuthentication.CookieScheme);
        return TypedResults.NoContent();
    }

    public static async Task<IResult> SessionAsync(HttpContext context, RoomEventsDb db, CancellationToken cancellationToken)
    {
        if (Disabled(context) is { } disabled)
            return disabled;
        // Not signed in is an answer, not an error: 204, so that the page's first look logs no failed request.
        var signedIn = await context.AuthenticateAsync(PageAuthentication.CookieScheme);
        if (!signedIn.Succeeded || signedIn.Principal.FindFirstValue(PageAuthentication.TeamClaim) is not { } teamId)
            return TypedResults.NoContent();
        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == teamId, cancellationToken);
        if (team is null)
            return TypedResults.NoContent();
        return TypedResults.Ok(new SessionView(
            team.Id,
            team.Name,
            team.Locale,
            signedIn.Principal.FindFirstValue(ClaimTypes.NameIdentifier)!,
            signedIn.Principal.FindFirstValue(ClaimTypes.Name) ?? ""));
    }

    private static IResult? Disabled(HttpContext context) =>
        PageAuthentication.DevSignInEnabled(context)
            ? null
            : ApiProblems.NotFound("The development sign-in is not enabled (RoomEvents:DevSignIn is false).");
}
