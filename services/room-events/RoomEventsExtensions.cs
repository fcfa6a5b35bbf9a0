using System.Text.Json;
using System.Text.Json.Serialization;
using Conferencing.Hosting;
using Conferencing.Hosting.Telemetry;
using Conferencing.RoomEvents.Api;
using Conferencing.RoomEvents.Conferences;
using Conferencing.RoomEvents.Consumers;
using Conferencing.RoomEvents.Delivery;
using Conferencing.RoomEvents.Lifecycle;
using Conferencing.RoomEvents.Live;
using Conferencing.RoomEvents.Redrive;
using Conferencing.RoomEvents.Slack;
using Conferencing.RoomEvents.Storage;
using Conferencing.RoomEvents.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using OpenTelemetry.Trace;

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
        services.AddAuthentication(PageAuthentication.ApiKeyOrCookieScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, configureOptions: null)
            .AddPageSignIn();
        services.AddAuthorization();

        services.AddConferencingTelemetry(configuration, "room-events", tracing => tracing.AddEntityFrameworkCoreInstrumentation().AddNpgsql());
        services.AddSingleton<RoomEventsMetrics>();
        services.AddRoomEventsStorage();
        services.AddScoped<RoomTimeline>();
        services.AddScoped<StartCommands>();
        services.AddScoped<ConferenceStarter>();
        services.AddLiveUpdates();
        services.AddConferenceLifecycle();
        var instanceId = LiveExtensions.NewInstanceId();
        services.AddConferencingBus(configuration, bus =>
        {
            bus.AddConsumer<ConferenceStartedConsumer>();
            bus.AddConsumer<ConferenceStartFailedConsumer>();
            bus.AddLiveUpdatesConsumer(instanceId);
        });
        services.AddHostedService<StartRedrive>();
        services.AddChatDelivery(configuration);
        services.AddHostedService<Housekeeping>();
        services.AddSlackCommands(configuration);
        return services;
    }

    public static WebApplication MapRoomEvents(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRoomPage();
        app.UseAuthentication();
        app.UsePageSignIn();
        app.UseAuthorization();
        app.MapConferencingHealth();
        app.MapConferencingMetrics();

        var api = app.MapGroup("/api").RequireAuthorization();
        api.MapPut("/teams/{teamId}", TeamEndpoints.PutAsync).RequireAuthorization(PageAuthentication.ChatBackendPolicy);
        api.MapPut("/rooms/{roomId}", RoomEndpoints.PutAsync).RequireAuthorization(PageAuthentication.ChatBackendPolicy);
        api.MapGet("/rooms/{roomId}/messages", RoomEndpoints.GetMessagesAsync);
        api.MapPost("/rooms/{roomId}/conferences", StartConferenceEndpoint.HandleAsync);
        api.MapGet("/conferences/{conferenceId:guid}", ConferenceEndpoints.GetAsync);
        api.MapPost("/conferences/{conferenceId:guid}/join", ConferenceEndpoints.JoinAsync);
        api.MapPost("/conferences/{conferenceId:guid}/shares", ShareEndpoint.HandleAsync);
        api.MapPost("/conferences/{conferenceId:guid}/end", EndConferenceEndpoint.HandleAsync);
        api.MapGet("/teams/{teamId}", TeamSettingsEndpoints.GetAsync);
        api.MapPut("/teams/{teamId}/providers/{provider}", TeamSettingsEndpoints.PutProviderAsync);
        api.MapPut("/teams/{teamId}/workspace-domain", TeamSettingsEndpoints.PutWorkspaceDomainAsync);
        api.MapGet("/teams/{teamId}/rooms", RoomDirectoryEndpoints.GetTeamRoomsAsync);
        api.MapGet("/rooms/{roomId}", RoomDirectoryEndpoints.GetRoomAsync);
        api.MapGet("/rooms/{roomId}/conferences", RoomHistoryEndpoint.HandleAsync);
        api.MapGet("/rooms/{roomId}/stream", RoomStreamEndpoint.HandleAsync);
        app.MapSlackCommands();
        app.MapRoomPage();
        return app;
    }
}
