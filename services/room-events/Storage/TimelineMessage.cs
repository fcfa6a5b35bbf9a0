namespace Conferencing.RoomEvents.Storage;

/// <summary>
/// One entry of a room's timeline. (ConferenceId, RoomId, Kind) is unique, so however often an event arrives,
/// a room gets one invitation (or one failure notice) per conference.
/// </summary>
public sealed class TimelineMessage
{
    public required Guid MessageId { get; init; }
    public required string RoomId { get; init; }
    public required TimelineMessageKind Kind { get; init; }
    public required Guid ConferenceId { get; init; }

    /// <summary>
    /// Markdown, in the team's language, with every piece of user text escaped. Settable because an invitation is
    /// re-rendered once its conference ends (the Join link goes away); the chat platform learns it from a follow-up.
    /// </summary>
    public required string Text { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }
}
