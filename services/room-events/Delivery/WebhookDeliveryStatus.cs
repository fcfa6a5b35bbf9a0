namespace Conferencing.RoomEvents.Delivery;

/// <summary>Where a timeline message is on its way to the room's chat.</summary>
public enum WebhookDeliveryStatus
{
    /// <summary>Not yet accepted by the webhook: waiting, being tried, or backing off after a failure.</summary>
    Pending,

    /// <summary>The webhook answered 2xx; never sent again.</summary>
    Delivered,

    /// <summary>The webhook kept refusing it (a permanent 4xx); given up, logged, never sent again.</summary>
    Failed,
}
