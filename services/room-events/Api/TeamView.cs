using Conferencing.RoomEvents.Storage;

namespace Conferencing.RoomEvents.Api;

/// <summary>A team as its members see it; <see cref="IsAdmin"/> says whether the viewer may change its settings.</summary>
public sealed record TeamView(
    string TeamId,
    string Name,
    string Locale,
    string? GoogleWorkspaceDomain,
    IReadOnlyList<string> Admins,
    ProvidersView Providers,
    bool IsAdmin)
{
    /// <summary>The UberConference PIN is the admins' to see and set.</summary>
    public static TeamView For(Team team, bool viewerIsAdmin) => new(
        team.Id,
        team.Name,
        team.Locale,
        team.GoogleWorkspaceDomain,
        team.Admins,
        new ProvidersView(
            new ProviderView(team.GoogleHangoutEnabled, null),
            new ProviderView(team.UberConferenceEnabled, viewerIsAdmin ? team.UberConferencePin : null)),
        viewerIsAdmin);
}
