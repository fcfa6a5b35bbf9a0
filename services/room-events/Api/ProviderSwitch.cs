namespace Conferencing.RoomEvents.Api;

/// <summary>One provider's settings: on or off, and for UberConference the PIN the admin set.</summary>
public sealed record ProviderSwitch(bool? Enabled, string? Pin);
