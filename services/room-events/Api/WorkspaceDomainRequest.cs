namespace Conferencing.RoomEvents.Api;

/// <summary>Body of <c>PUT /api/teams/{teamId}/workspace-domain</c>; null or empty clears the domain.</summary>
public sealed record WorkspaceDomainRequest(string? GoogleWorkspaceDomain);
