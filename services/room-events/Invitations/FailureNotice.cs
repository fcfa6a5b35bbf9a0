namespace Conferencing.RoomEvents.Invitations;

/// <summary>What a room is told when a start failed.</summary>
/// <param name="Provider">One of <see cref="Contracts.ConferenceProviders"/>.</param>
/// <param name="StartedBy">The starter's display name, unescaped.</param>
/// <param name="ReasonCode">One of <see cref="Contracts.FailureReasons"/>.</param>
/// <param name="RetryMayHelp">Whether to suggest trying again.</param>
/// <param name="StarterEmail">The starter's email, unescaped: a notice that asks them to make an account names it.</param>
public sealed record FailureNotice(string Provider, string StartedBy, string ReasonCode, bool RetryMayHelp, string StarterEmail = "");
