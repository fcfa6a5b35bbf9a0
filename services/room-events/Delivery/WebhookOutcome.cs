namespace Conferencing.RoomEvents.Delivery;

/// <summary>How the outbox treats a webhook's answer.</summary>
public enum WebhookOutcome
{
    /// <summary>2xx: the chat has the message.</summary>
    Delivered,

    /// <summary>408, 429, 5xx, a network fault or a timeout: the chat is down or busy; back off and try again.</summary>
    Transient,

    /// <summary>Any other answer (404 <c>no_service</c>, 410, 400, 403, a redirect): a retry would get the same.</summary>
    Permanent,
}
