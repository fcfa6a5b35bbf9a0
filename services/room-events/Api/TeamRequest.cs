namespace Conferencing.RoomEvents.Api;

/// <summary>Body of <c>PUT /api/teams/{teamId}</c>. Everything is nullable so that validation can name every missing field.</summary>
public sealed record TeamRequest(
    string? Name,
    string? Locale,
    string? GoogleWorkspaceDomain,
    IReadOnlyList<string?>? Admins,
    ProviderSettingsRequest? Providers);
