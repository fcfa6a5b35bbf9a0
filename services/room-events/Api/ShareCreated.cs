namespace Conferencing.RoomEvents.Api;

/// <summary>The answer to a share: the invitation's message in the target room (the same one every time).</summary>
public sealed record ShareCreated(string RoomId, Guid MessageId);
