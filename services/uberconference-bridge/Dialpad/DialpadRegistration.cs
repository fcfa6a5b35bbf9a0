using Conferencing.Hosting;
using Conferencing.Hosting.Http;
using Conferencing.UberConferenceBridge.Rooms;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace Conferencing.UberConferenceBridge.Dialpad;

/// <summary>Registers <see cref="IMeetingRooms"/> with its options, Refit client, resilience, quota and cache.</summary>
public static class DialpadRegistration
{
    /// <summary>The HTTP client's name, and its resilience pipeline's in logs and telemetry.</summary>
    public const string Client = "dialpad";

    /// <summary>
    /// Binds section <c>UberConference</c> and validates it at start-up. The quota and the room cache are singletons, and
    /// so is the client's pipeline: the circuit breaker, the rate limit and the cache only work when shared by every start.
    /// </summary>
    public static IServiceCollection AddDialpadMeetingRooms(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<UberConferenceOptions, UberConferenceOptionsValidator>(configuration, UberConferenceOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DialpadQuota>();
        // The generated client: Refit 16's AddRefitClient builds requests by reflection, which needs the Refit.Reflection package.
        services.AddRefitGeneratedClient<IDialpadApi>(provider => DialpadRefitSettings.For(Settings(provider)), Client)
            .ConfigureHttpClient((provider, http) =>
            {
                var baseUri = Settings(provider).BaseUri;
                // Refit puts the listing's path after the base's own path (a stub tenant's prefix, say); the slash keeps it whole.
                http.BaseAddress = new Uri(baseUri.EndsWith('/') ? baseUri : baseUri + "/");
            })
            // The client lives as long as the room cache that holds it, so connections are recycled here instead (DNS changes).
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // Dialpad signals nothing beyond HTTP's own transient answers (408, 429, 5xx), so the plain classification serves.
            // Every attempt, retries included, waits its turn in the company's quota.
            .AddProviderResilience(Settings, TransientHttpFailure.IsTransientAsync, provider => provider.GetRequiredService<DialpadQuota>());
        services.TryAddSingleton<CompanyRooms>();
        services.TryAddSingleton<MeetingRoomDirectory>();
        services.TryAddSingleton<IMeetingRooms>(provider => provider.GetRequiredService<MeetingRoomDirectory>());
        return services;
    }

    private static UberConferenceOptions Settings(IServiceProvider provider) => provider.GetRequiredService<IOptions<UberConferenceOptions>>().Value;
}
