using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Conferencing.Hosting;

/// <summary>The one way every service joins the bus, so that reliability settings cannot drift apart.</summary>
public static class BusExtensions
{
    /// <summary>
    /// MassTransit on RabbitMQ: kebab-case durable queues, persistent messages with publisher confirms,
    /// a short in-memory retry for transient consumer faults, and the in-memory outbox so that a consumer's
    /// messages leave only when it succeeded. Faults that outlive the retries go to the queue's <c>_error</c> queue.
    /// </summary>
    public static IServiceCollection AddConferencingBus(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<IBusRegistrationConfigurator> addConsumers)
    {
        services.AddOptions<RabbitMqOptions>()
            .Bind(configuration.GetSection(RabbitMqOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            addConsumers(bus);

            bus.AddConfigureEndpointsCallback((context, _, endpoint) =>
            {
                // Provider calls have their own retries (Polly); this one covers the broker and the database.
                endpoint.UseMessageRetry(retry =>
                {
                    retry.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200));
                    retry.Ignore<ArgumentException>();
                    retry.Ignore<InvalidOperationException>();
                });
                endpoint.UseInMemoryOutbox(context);
                // Consumers mostly wait on providers and the database, so many may run at once; the broker hands each copy
                // only as many messages as it works on, so that other copies get the rest.
                var limit = context.GetRequiredService<IOptions<RabbitMqOptions>>().Value.ConcurrentMessageLimit;
                endpoint.ConcurrentMessageLimit = limit;
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbitEndpoint)
                {
                    rabbitEndpoint.PrefetchCount = limit;
                    // Every durable queue is a quorum queue, replicated across the cluster's nodes. A queue of one instance
                    // (room-events' live updates) is deleted with its connection, which a quorum queue cannot be.
                    if (!BrokerQueues.IsTemporary(endpoint.InputAddress))
                        rabbitEndpoint.SetQuorumQueue();
                }
            });

            bus.UsingRabbitMq((context, rabbit) =>
            {
                var options = context.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
                rabbit.Host(options.Host, (ushort)options.Port, options.VirtualHost, host =>
                {
                    host.Username(options.Username);
                    host.Password(options.Password);
                    host.PublisherConfirmation = true;
                    host.Heartbeat(TimeSpan.FromSeconds(10));
                    // With several nodes, the client connects to one of them and, when that one goes, to another.
                    if (options.ClusterNodes is { Length: > 0 } nodes)
                        host.UseCluster(cluster => Array.ForEach(nodes, cluster.Node));
                });
                // A message of a type no consumer here takes is poison too: it goes to _error, where operators look. The
                // error queues are quorum queues like the queues they serve.
                rabbit.SendTopology.DeadLetterQueueNameFormatter = new UnconsumedToErrorQueueNames();
                rabbit.SendTopology.ConfigureErrorSettings = queue => queue.SetQuorumQueue();
                rabbit.SendTopology.ConfigureDeadLetterSettings = queue => queue.SetQuorumQueue();
                rabbit.ConfigureEndpoints(context);
            });
        });
        return services;
    }
}
