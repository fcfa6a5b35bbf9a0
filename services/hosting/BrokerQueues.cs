using MassTransit;

namespace Conferencing.Hosting;

/// <summary>How the services address the broker's queues.</summary>
public static class BrokerQueues
{
    /// <summary>
    /// Sends <paramref name="message"/> to the consumer queue <paramref name="queue"/>, a quorum queue that its consumer
    /// declares. Through the queue's exchange, because MassTransit's <c>queue:</c> address would declare the queue as well,
    /// as a classic queue, which the broker refuses over a quorum queue (PRECONDITION_FAILED, x-queue-type). Mandatory,
    /// so that while no consumer has declared and bound the queue yet the broker returns the message and the send fails
    /// (MessageReturnedException) instead of dropping it: the sender keeps the work (room-events' re-drive sends again).
    /// </summary>
    public static async Task SendToQueueAsync<T>(this ISendEndpointProvider sendEndpoints, string queue, T message, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(sendEndpoints);
        var endpoint = await sendEndpoints.GetSendEndpoint(new Uri($"exchange:{queue}"));
        await endpoint.Send(message, context =>
        {
            if (context.TryGetPayload<RabbitMqSendContext>(out var rabbit))
                rabbit.Mandatory = true;
        }, cancellationToken);
    }

    /// <summary>
    /// A queue the broker deletes when its consumer goes (MassTransit's temporary endpoints): MassTransit's RabbitMQ
    /// addresses say so with <c>temporary=true</c>, <c>autodelete=true</c> or <c>durable=false</c>.
    /// </summary>
    public static bool IsTemporary(Uri queueAddress)
    {
        ArgumentNullException.ThrowIfNull(queueAddress);
        var query = queueAddress.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries);
        return query.Any(part => part.Equals("temporary=true", StringComparison.OrdinalIgnoreCase)
            || part.Equals("autodelete=true", StringComparison.OrdinalIgnoreCase)
            || part.Equals("durable=false", StringComparison.OrdinalIgnoreCase));
    }
}
