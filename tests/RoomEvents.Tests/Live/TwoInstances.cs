using System.Net;
using System.Net.Http.Headers;
using Conferencing.RoomEvents.Storage;
using Conferencing.RoomEvents.Tests.Hosting;
using Conferencing.Testing;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Conferencing.RoomEvents.Tests.Live;

/// <summary>
/// Two room-events instances as a scaled-out deployment runs them: one PostgreSQL database (always PostgreSQL here:
/// scripts/test.sh starts it), one RabbitMQ virtual host, each instance with its own live streams. The real broker, not
/// the test harness: what the instances share through it is the subject (events taken by either, live updates fanned
/// out to both, a temporary queue per instance).
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private readonly string _database = $"room_events_scale_{Guid.NewGuid():N}";

    public RabbitMqVirtualHost Broker { get; private set; } = null!;
    public WebApplicationFactory<Program> First { get; private set; } = null!;
    public WebApplicationFactory<Program> Second { get; private set; } = null!;
    public ConsumedMessages ConsumedByFirst { get; } = new();
    public ConsumedMessages ConsumedBySecond { get; } = new();

    public async Task InitializeAsync()
    {
        Broker = await RabbitMqVirtualHost.CreateAsync();
        var configuration = new Dictionary<string, string?>(Broker.Configuration)
        {
            ["ConnectionStrings:RoomEvents"] = $"{TestServers.PostgreSql};Database={_database}",
            ["RoomEvents:ApiKeys:0"] = RoomEventsHost.ApiKey,
        };
        // One after the other: the first creates the database and its schema, the second finds them.
        First = await StartAsync(configuration, ConsumedByFirst);
        Second = await StartAsync(configuration, ConsumedBySecond);
    }

    /// <summary>A chat backend's client of one instance, acting for <paramref name="userId"/>.</summary>
    public static HttpClient Client(WebApplicationFactory<Program> instance, string? userId = null)
    {
        var client = instance.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", RoomEventsHost.ApiKey);
        if (userId is not null)
            client.DefaultRequestHeaders.Add("X-User-Id", userId);
        return client;
    }

    public async Task<TResult> QueryAsync<TResult>(Func<RoomEventsDb, Task<TResult>> query)
    {
        await using var scope = First.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<RoomEventsDb>());
    }

    public async Task DisposeAsync()
    {
        await QueryAsync(db => db.Database.EnsureDeletedAsync());
        await Second.DisposeAsync();
        await First.DisposeAsync();
        await Broker.DisposeAsync();
    }

    private static async Task<WebApplicationFactory<Program>> StartAsync(Dictionary<string, string?> configuration, ConsumedMessages consumed)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            web.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(configuration)));
        using var probe = factory.CreateClient();
        await Eventually.TrueAsync(
            async () => (await probe.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK,
            "a room-events instance never became ready");
        factory.Services.GetRequiredService<IBus>().ConnectConsumeObserver(consumed);
        return factory;
    }
}
