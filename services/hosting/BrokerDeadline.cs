namespace Conferencing.Hosting;

/// <summary>
/// How long a send or publish may wait for the broker's confirm. Without a deadline a publish can wait forever:
/// RabbitMQ.Client 7.2.2 (MassTransit 8.5.12's) still leaves the confirms pending when the broker dies unanswered
/// (rabbitmq-dotnet-client #1930), and a consumer stuck there holds its concurrency slot for good, so after a broker
/// restart a bridge stops taking starts: without these deadlines the RabbitMQ kill test failed 5 runs in 10 (with them,
/// none in 20; docs/decisions/0001-broker-deadlines.md). With a deadline the publish fails, the consumer's retry runs it
/// again on the new connection, and the provider's idempotency (the same event id, the same room) keeps it one
/// conference. MassTransit 8.5 has no setting for it, and a send or publish filter runs before the broker publish and
/// its confirm, so it cannot bound that wait: the deadline is passed where we send.
/// </summary>
public static class BrokerDeadline
{
    /// <summary>Confirms take milliseconds; a broker that does not confirm in this long is not coming back on this channel.</summary>
    public static readonly TimeSpan Confirm = TimeSpan.FromSeconds(20);

    /// <summary>
    /// A token that cancels <paramref name="within"/> (by default <see cref="Confirm"/>) from now. Deliberately not disposed:
    /// inside a consumer the message leaves after the consumer returned (the in-memory outbox), so no scope of the caller
    /// outlives the publish; the timer lets go of the token once it fires.
    /// </summary>
    public static CancellationToken Token(TimeSpan? within = null) => new CancellationTokenSource(within ?? Confirm).Token;

    /// <summary>For a send outside a consumer, which completes before the caller returns: the caller's token and the deadline.</summary>
    public static CancellationTokenSource Linked(CancellationToken cancellationToken)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Confirm);
        return deadline;
    }
}
