namespace Conferencing.RoomEvents.Api;

/// <summary>Why a start failed: a <see cref="Contracts.FailureReasons"/> code and the bridge's English sentence.</summary>
public sealed record FailureView(string Code, string Message, bool RetryMayHelp);
