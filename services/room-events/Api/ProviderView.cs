namespace Conferencing.RoomEvents.Api;

/// <summary>One provider of a team: on or off, and for UberConference the PIN (shown to admins only).</summary>
public sealed record ProviderView(bool Enabled, string? Pin);
