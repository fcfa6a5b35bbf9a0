namespace Conferencing.RoomEvents.Delivery;

/// <summary>How the outbox delivers timeline messages to the rooms' incoming webhooks (configuration section <c>RoomEvents:Delivery</c>).</summary>
public sealed class DeliveryOptions
{
    public const string Section = "RoomEvents:Delivery";

    /// <summary>How often the outbox looks for messages to deliver (a message written by this instance wakes it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The wait after the first failed attempt; it doubles with each further failure, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>No wait between attempts is longer, not even one a <c>Retry-After</c> header asks for.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>One POST to a webhook may take this long before it counts as failed (and is retried).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A webhook that keeps answering a permanent refusal (4xx other than 408/429, e.g. Slack's 404 <c>no_service</c> or
    /// 410) this many times has the message recorded as failed, and the room's next message goes on.
    /// </summary>
    public int PermanentFailureAttempts { get; set; } = 3;

    /// <summary>
    /// How long a claimed message is left to the instance that claimed it. An instance that died mid-attempt leaves its
    /// claim behind; after this long another instance takes the message over. Longer than <see cref="AttemptTimeout"/>.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many rooms one instance delivers to at the same time (one message per room at a time).</summary>
    public int MaxConcurrentRooms { get; set; } = 8;

    /// <summary>
    /// A message the chat accepted stays in the outbox this long after it was accepted, and one given up on this long
    /// after it was written (to look into what was sent); the housekeeping then deletes it. The room's timeline keeps
    /// the message itself.
    /// </summary>
    public TimeSpan KeepFinishedFor { get; set; } = TimeSpan.FromDays(7);
}
