using Conferencing.Hosting;
using Conferencing.Hosting.Http;
using Conferencing.UberConferenceBridge.Rooms;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;

namespace Conferencing.UberConferenceBridge.Dialpad;

/// <summary>Registers <see cref="IMeetingRooms"/> with its options, HTTP client, quota, resilience pipeline and cache.</summary>
public static class DialpadRegistration
{
    /// <summary>The resilience pipeline's service key and its name in logs.</summary>
    public const string Client = "dialpad";

    /// <summary>
    /// Binds section <c>UberConference</c> and validates it at start-up. The pipeline, the quota and the room cache are
    /// singletons: the circuit breaker, the rate limit and the cache only work when shared by every start.
    /// </summary>
    public static IServiceCollection AddDialpadMeetingRooms(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<UberConferenceOptions, UberConferenceOptionsValidator>(configuration, UberConferenceOptions.Section);
        services.TryAddSingleton(TimeProvider.System);

        // Dialpad signals nothing beyond HTTP's own transient answers (408, 429, 5xx), so the plain classification serves.
        services.TryAddKeyedSingleton<ResiliencePipeline<HttpResponseMessage>>(Client, (provider, _) => HttpResiliencePipeline.Build(
            Client,
            provider.GetRequiredService<IOptions<UberConferenceOptions>>().Value,
            TransientHttpFailure.IsTransientAsync,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DialpadRoomsClient).FullName!)));
        services.TryAddSingleton<DialpadQuota>();
        services.AddHttpClient<DialpadRoomsClient>((provider, http) =>
            {
                var baseUri = provider.GetRequiredService<IOptions<UberConferenceOptions>>().Value.BaseUri;
                // The listing's path is joined onto the base, so the trailing slash matters.
                http.BaseAddress = new Uri(baseUri.EndsWith('/') ? baseUri : baseUri + "/");
                // Polly's per-attempt timeout and bounded retries limit a call's time; HttpClient's 100 s would cut them short.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            // The client lives as long as the room cache that holds it, so connections are recycled here instead (DNS changes).
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler(provider => new ResilienceHandler(provider.GetRequiredKeyedService<ResiliencePipeline<HttpResponseMessage>>(Client)));
        services.TryAddSingleton<MeetingRoomDirectory>();
        services.TryAddSingleton<IMeetingRooms>(provider => provider.GetRequiredService<MeetingRoomDirectory>());
        return services;
    }
}
