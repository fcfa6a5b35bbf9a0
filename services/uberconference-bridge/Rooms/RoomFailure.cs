namespace Conferencing.UberConferenceBridge.Rooms;

/// <summary>Why no meeting room is handed out, in the terms of <see cref="Conferencing.Contracts.ConferenceStartFailed"/>.</summary>
/// <param name="ReasonCode">One of <see cref="Conferencing.Contracts.FailureReasons"/>.</param>
/// <param name="RetryMayHelp">True when the same start may succeed later (Dialpad was down, slow or rate-limiting).</param>
/// <param name="Message">An English sentence with no secrets; for an admin's problem it says what to check.</param>
public sealed record RoomFailure(string ReasonCode, bool RetryMayHelp, string Message);
