using Conferencing.RoomEvents.Storage;
using Conferencing.RoomEvents.Validation;

namespace Conferencing.RoomEvents.Api;

/// <summary><c>PUT /api/teams/{teamId}</c>: the chat backend creates or replaces a team.</summary>
public static class TeamEndpoints
{
    public static async Task<IResult> PutAsync(
        string teamId, TeamRequest? request, RoomEventsDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = TeamRequestValidator.Validate(teamId, request);
        if (!errors.IsEmpty)
            return ApiProblems.Invalid(errors);

        var team = await db.Teams.FindAsync([teamId], cancellationToken);
        var created = team is null;
        team ??= db.Teams.Add(new Team { Id = teamId, Name = request!.Name!, Locale = request.Locale! }).Entity;
        team.Name = request!.Name!.Trim();
        team.Locale = request.Locale!;
        team.GoogleWorkspaceDomain = request.GoogleWorkspaceDomain;
        team.Admins = [.. (request.Admins ?? []).Select(admin => admin!)];
        team.GoogleHangoutEnabled = request.Providers?.GoogleHangout?.Enabled ?? true;
        team.UberConferenceEnabled = request.Providers?.UberConference?.Enabled ?? true;
        team.UberConferencePin = request.Providers?.UberConference?.Pin;
        team.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return created ? TypedResults.Created($"/api/teams/{teamId}") : TypedResults.NoContent();
    }
}
