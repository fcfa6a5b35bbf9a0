namespace Conferencing.RoomEvents.Slack;

/// <summary>Registers and maps Slack's slash commands.</summary>
public static class SlackExtensions
{
    public static IServiceCollection AddSlackCommands(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SlackOptions>(configuration.GetSection(SlackOptions.Section));
        services.AddSingleton<SlackReplayGuard>();
        return services;
    }

    /// <summary>Outside <c>/api</c>: Slack signs its requests instead of presenting an API key.</summary>
    public static IEndpointRouteBuilder MapSlackCommands(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/slack/commands", SlashCommandEndpoint.HandleAsync).AllowAnonymous().DisableAntiforgery();
        return endpoints;
    }
}
