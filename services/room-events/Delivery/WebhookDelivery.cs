namespace Conferencing.RoomEvents.Delivery;

/// <summary>
/// One row of the delivery outbox: a timeline message on its way to the room's incoming webhook. It is written in the same
/// transaction as the message, so a message in the timeline is never missing from the chat, whatever crashes when.
/// </summary>
public sealed class WebhookDelivery
{
    /// <summary>Assigned by the database; a room's messages are delivered in this order.</summary>
    public long Id { get; init; }

    /// <summary>The timeline message's id, sent as <c>X-Conferencing-Message-Id</c> so that a receiver can drop a repeat.</summary>
    public required Guid MessageId { get; init; }

    public required string RoomId { get; init; }

    /// <summary>The room's webhook when the message was written. A secret (it carries the chat's token): never logged.</summary>
    public required string WebhookUrl { get; init; }

    /// <summary>The JSON body, rendered once when the message was written, so that every attempt sends the same bytes.</summary>
    public required string Payload { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
    public WebhookDeliveryStatus Status { get; init; } = WebhookDeliveryStatus.Pending;
    public int Attempts { get; init; }

    /// <summary>Not tried again before this moment (the back-off after a failure).</summary>
    public DateTimeOffset NextAttemptAt { get; init; }

    /// <summary>While in the future, the instance holding <see cref="LeaseId"/> is trying the message and no other may.</summary>
    public DateTimeOffset? LeasedUntil { get; init; }

    public Guid? LeaseId { get; init; }
    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>What the last failed attempt got: a status and the start of the body, or the kind of network fault.</summary>
    public string? LastError { get; init; }
}
