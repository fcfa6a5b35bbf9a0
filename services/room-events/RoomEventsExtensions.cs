using System.Text.Json;
using System.Text.Json.Serialization;
using Conferencing.Hosting;
using Conferencing.RoomEvents.Api;
using Conferencing.RoomEvents.Conferences;
using Conferencing.RoomEvents.Consumers;
using Conferencing.RoomEvents.Redrive;
using Conferencing.RoomEvents.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Conferencing.RoomEvents;

/// <summary>Everything room-events is made of, so that Program.cs and the tests host the same service.</summary>
public static class RoomEventsExtensions
{
    public static IServiceCollection AddRoomEvents(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<RoomEventsOptions, RoomEventsOptionsValidator>(configuration, RoomEventsOptions.Section);
        services.TryAddSingleton(TimeProvider.System);

        services.AddProblemDetails();
        // A body that is not JSON of the right shape is the caller's mistake: a 400 problem, in every environment.
        services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = false);
        services.Configure<JsonOptions>(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower)));
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, configureOptions: null);
        services.AddAuthorization();

        services.AddRoomEventsStorage();
        services.AddScoped<RoomTimeline>();
        services.AddScoped<StartCommands>();
        services.AddConferencingBus(configuration, bus =>
        {
            bus.AddConsumer<ConferenceStartedConsumer>();
            bus.AddConsumer<ConferenceStartFailedConsumer>();
        });
        services.AddHostedService<StartRedrive>();
        return services;
    }

    public static WebApplication MapRoomEvents(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapConferencingHealth();

        var api = app.MapGroup("/api").RequireAuthorization();
        api.MapPut("/teams/{teamId}", TeamEndpoints.PutAsync);
        api.MapPut("/rooms/{roomId}", RoomEndpoints.PutAsync);
        api.MapGet("/rooms/{roomId}/messages", RoomEndpoints.GetMessagesAsync);
        api.MapPost("/rooms/{roomId}/conferences", StartConferenceEndpoint.HandleAsync);
        api.MapGet("/conferences/{conferenceId:guid}", ConferenceEndpoints.GetAsync);
        api.MapPost("/conferences/{conferenceId:guid}/join", ConferenceEndpoints.JoinAsync);
        return app;
    }
}
