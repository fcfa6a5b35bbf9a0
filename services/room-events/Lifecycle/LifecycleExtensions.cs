namespace Conferencing.RoomEvents.Lifecycle;

/// <summary>Sharing, ending and expiry of conferences.</summary>
public static class LifecycleExtensions
{
    public static IServiceCollection AddConferenceLifecycle(this IServiceCollection services)
    {
        services.AddScoped<ConferenceAudience>();
        services.AddScoped<ConferenceEnding>();
        services.AddHostedService<ConferenceExpiry>();
        return services;
    }
}
