using Conferencing.HangoutBridge.Google.CalendarApi;
using Conferencing.Hosting;
using Google.Apis.Http;
using Google.Apis.Services;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Conferencing.HangoutBridge.Google;

/// <summary>Registers <see cref="ICalendarConferences"/> with its options, credentials, quota and resilience pipeline.</summary>
public static class GoogleCalendarRegistration
{
    /// <summary>
    /// Binds section <c>Google</c> and validates it at start-up. Everything is a singleton: the circuit breaker, the quota
    /// and the per-user tokens only work when shared by every call.
    /// </summary>
    public static IServiceCollection AddGoogleCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<GoogleOptions, GoogleOptionsValidator>(configuration, GoogleOptions.Section);
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<GoogleResiliencePipeline>();
        services.TryAddSingleton<GoogleHttpClientFactory>();
        services.TryAddSingleton<DelegatedCredentials>();
        services.TryAddSingleton<CalendarQuota>();
        services.TryAddSingleton(provider => CreateCalendarService(
            provider.GetRequiredService<IOptions<GoogleOptions>>().Value, provider.GetRequiredService<GoogleHttpClientFactory>()));
        services.TryAddSingleton<CalendarClient>();
        services.TryAddSingleton<ICalendarConferences>(provider => provider.GetRequiredService<CalendarClient>());
        return services;
    }

    private static CalendarService CreateCalendarService(GoogleOptions options, GoogleHttpClientFactory httpClientFactory) =>
        new(new BaseClientService.Initializer
        {
            HttpClientFactory = httpClientFactory,
            // Google.Apis joins RestPath onto the base as text, so the trailing slash matters.
            BaseUri = options.CalendarBaseUri.EndsWith('/') ? options.CalendarBaseUri : options.CalendarBaseUri + "/",
            ApplicationName = "conferencing-hangout-bridge",
            // Polly owns retries; Google.Apis' back-off would multiply them.
            DefaultExponentialBackOffPolicy = ExponentialBackOffPolicy.None,
            // A gzipped body is a one-shot stream; plain JSON can be sent again by a retry.
            GZipEnabled = false,
        });
}
