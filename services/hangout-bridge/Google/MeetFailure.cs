namespace Conferencing.HangoutBridge.Google;

/// <summary>Why no conference was made, in the terms of <see cref="Conferencing.Contracts.ConferenceStartFailed"/>.</summary>
/// <param name="ReasonCode">One of <see cref="Conferencing.Contracts.FailureReasons"/>.</param>
/// <param name="RetryMayHelp">True when the same start may succeed later (Google was down, slow or rate-limiting).</param>
/// <param name="Message">An English sentence with no secrets; for an operator's problem it says what to check.</param>
public sealed record MeetFailure(string ReasonCode, bool RetryMayHelp, string Message);
