using Conferencing.RoomEvents.Storage;

namespace Conferencing.RoomEvents.Api;

/// <summary>One timeline entry: the Markdown text, and the structured invitation or failure it was rendered from.</summary>
public sealed record TimelineMessageView(
    Guid MessageId,
    TimelineMessageKind Kind,
    Guid ConferenceId,
    string Text,
    DateTimeOffset CreatedAt,
    ConferenceView? Invitation,
    FailureView? Failure);
