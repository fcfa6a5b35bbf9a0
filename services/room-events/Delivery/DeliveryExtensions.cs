using Conferencing.Hosting;

namespace Conferencing.RoomEvents.Delivery;

/// <summary>Registers the delivery of room timelines to the rooms' chat platforms (Slack-compatible incoming webhooks).</summary>
public static class DeliveryExtensions
{
    /// <summary>Call after the storage is registered: the outbox must not poll before the schema exists.</summary>
    public static IServiceCollection AddChatDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<DeliveryOptions, DeliveryOptionsValidator>(configuration, DeliveryOptions.Section);
        services.AddSingleton<DeliverySignal>();
        services.AddScoped<DeliveryOutbox>();
        services.AddHttpClient<WebhookClient>(client =>
            {
                // Each attempt has its own timeout (RoomEvents:Delivery:AttemptTimeout); the outbox owns the retries.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("conferencing-room-events/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            // HttpClientFactory's own logs name the full request URL, and a webhook URL is a secret (it carries the token).
            .RemoveAllLoggers();
        services.AddHostedService<WebhookDispatcher>();
        services.AddHostedService<OutboxDepthGauge>();
        return services;
    }
}
