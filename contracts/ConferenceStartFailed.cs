namespace Conferencing.Contracts;

/// <summary>Event: a start was answered with a failure the room should be told about.</summary>
/// <param name="ConferenceId">The id room-events made for this start.</param>
/// <param name="RoomId">The room that asked.</param>
/// <param name="Provider">One of <see cref="ConferenceProviders"/>.</param>
/// <param name="ReasonCode">One of <see cref="FailureReasons"/>; room-events words it in the team's language.</param>
/// <param name="RetryMayHelp">True when the same start may succeed later (the provider was down or busy).</param>
/// <param name="Message">A sentence a user can read, in English, with no secrets and no stack trace.</param>
public sealed record ConferenceStartFailed(
    Guid ConferenceId,
    string RoomId,
    string Provider,
    string ReasonCode,
    bool RetryMayHelp,
    string Message);
