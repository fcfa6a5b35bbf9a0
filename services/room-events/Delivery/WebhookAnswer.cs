namespace Conferencing.RoomEvents.Delivery;

/// <summary>What one POST to a webhook came to, as the outbox acts on it.</summary>
/// <param name="Outcome">Delivered, try again later, or a refusal that a retry would repeat.</param>
/// <param name="Detail">For the log and the outbox row: the status and the start of the body, or the kind of fault. Never the URL.</param>
/// <param name="RetryAfter">How long the webhook asked us to wait (<c>Retry-After</c>), if it did.</param>
public sealed record WebhookAnswer(WebhookOutcome Outcome, string Detail, TimeSpan? RetryAfter = null);
