using Conferencing.RoomEvents.Storage;

namespace Conferencing.RoomEvents.Api;

/// <summary>The 202 answer to a start: follow <c>Location</c> to see how it went.</summary>
public sealed record ConferenceAccepted(Guid ConferenceId, ConferenceStatus Status);
