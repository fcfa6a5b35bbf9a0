using Conferencing.HangoutBridge.Google.CalendarApi;
using Conferencing.Hosting;
using Conferencing.Hosting.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace Conferencing.HangoutBridge.Google;

/// <summary>Registers <see cref="ICalendarConferences"/> with its options, credentials, quota and resilience pipelines.</summary>
public static class GoogleCalendarRegistration
{
    /// <summary>The Calendar client's name; its pipeline's name in Polly's telemetry.</summary>
    public const string CalendarClientName = "google-calendar";

    /// <summary>
    /// Binds section <c>Google</c> and validates it at start-up. The credentials and the quota are singletons, and each
    /// named client has one pipeline per process: the circuit breakers, the quota and the per-user tokens only work when
    /// shared by every call.
    /// </summary>
    public static IServiceCollection AddGoogleCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<GoogleOptions, GoogleOptionsValidator>(configuration, GoogleOptions.Section);
        services.TryAddSingleton(TimeProvider.System);

        // The token exchange: Google's retry rules, no Calendar quota (the token endpoint is not Calendar).
        services.AddHttpClient(TokenExchangeHttpClientFactory.ClientName)
            .AddProviderResilience(Settings, GoogleRetryClassification.IsTransientAsync);
        services.TryAddSingleton<TokenExchangeHttpClientFactory>();
        services.TryAddSingleton<DelegatedCredentials>();
        services.TryAddSingleton<CalendarQuota>();
        services.TryAddTransient<DelegatedAuthorization>();

        // Outside-in: sign the request as its user (once per call), then the Calendar pipeline, whose every attempt waits
        // for the quota of that user and of the project.
        services.AddRefitGeneratedClient<ICalendarApi>(CalendarJson.Settings(), CalendarClientName)
            .ConfigureHttpClient((provider, http) => http.BaseAddress = new Uri(Settings(provider).CalendarBaseUri))
            .AddHttpMessageHandler<DelegatedAuthorization>()
            .AddProviderResilience(Settings, GoogleRetryClassification.IsTransientAsync, provider => provider.GetRequiredService<CalendarQuota>());
        // Transient like the Refit client it wraps, so that each start gets a client on a current handler.
        services.TryAddTransient<ICalendarConferences, CalendarClient>();
        return services;
    }

    private static GoogleOptions Settings(IServiceProvider provider) => provider.GetRequiredService<IOptions<GoogleOptions>>().Value;
}
