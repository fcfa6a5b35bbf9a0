namespace Conferencing.RoomEvents.Live;

/// <summary>
/// room-events' own event (not a contract): something in a room's timeline changed. Every room-events instance
/// receives it on a temporary queue of its own and pushes the change, re-read from the database, to its live streams.
/// </summary>
/// <param name="RoomId">The room whose streams hear about it.</param>
/// <param name="ConferenceId">The conference the change is about.</param>
/// <param name="MessageId">A message that was saved (an invitation, failure or "ended" follow-up); null when the
/// conference's status changed (started, failed, ended) and its card should be refreshed.</param>
public sealed record RoomTimelineChanged(string RoomId, Guid ConferenceId, Guid? MessageId);
