namespace Conferencing.RoomEvents.Invitations;

/// <summary>What a room is told when a start failed.</summary>
/// <param name="Provider">One of <see cref="Contracts.ConferenceProviders"/>.</param>
/// <param name="StartedBy">The starter's display name, unescaped.</param>
/// <param name="ReasonCode">One of <see cref="Contracts.FailureReasons"/>.</param>
/// <param name="RetryMayHelp">Whether to suggest trying again.</param>
public sealed record FailureNotice(string Provider, string StartedBy, string ReasonCode, bool RetryMayHelp);
