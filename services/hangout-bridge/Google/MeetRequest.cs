namespace Conferencing.HangoutBridge.Google;

/// <summary>What to put in the calendar event that carries a Meet conference.</summary>
/// <param name="ConferenceId">Room-events' id; the event id and the create request id are derived from it.</param>
/// <param name="CalendarOwnerEmail">The Workspace user impersonated; the event goes into their primary calendar.</param>
/// <param name="Summary">The event title; user text.</param>
/// <param name="Start">When the conference starts.</param>
/// <param name="Duration">How long the calendar shows it.</param>
public sealed record MeetRequest(Guid ConferenceId, string CalendarOwnerEmail, string Summary, DateTimeOffset Start, TimeSpan Duration);
