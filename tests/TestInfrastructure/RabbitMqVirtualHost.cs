using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Conferencing.Testing;

/// <summary>A fresh RabbitMQ virtual host for one test class: its queues and exchanges cannot meet another test's.</summary>
public sealed class RabbitMqVirtualHost : IAsyncDisposable
{
    private readonly RabbitMqBroker _broker;
    private readonly HttpClient _management;

    private RabbitMqVirtualHost(RabbitMqBroker broker, string name)
    {
        _broker = broker;
        _management = CreateManagementClient(broker.Management);
        Name = name;
    }

    public string Name { get; }

    /// <summary>The configuration keys a service needs to join this virtual host.</summary>
    public IReadOnlyDictionary<string, string?> Configuration
    {
        get
        {
            var settings = _broker.Configuration();
            settings["RabbitMq:VirtualHost"] = Name;
            return settings;
        }
    }

    /// <summary>A virtual host on <paramref name="broker"/> (by default the machine's RabbitMQ).</summary>
    public static async Task<RabbitMqVirtualHost> CreateAsync(RabbitMqBroker? broker = null)
    {
        var host = new RabbitMqVirtualHost(broker ?? RabbitMqBroker.Machine, "test-" + Guid.NewGuid().ToString("N")[..12]);
        (await RetriedAsync(() => host._management.PutAsync($"vhosts/{host.Name}", null))).EnsureSuccessStatusCode();
        var permissions = JsonContent.Create(new { configure = ".*", write = ".*", read = ".*" });
        (await host._management.PutAsync($"permissions/{host.Name}/guest", permissions)).EnsureSuccessStatusCode();
        return host;
    }

    /// <summary>
    /// Declares a consumer's queue as the suite's services do (MassTransit's receive endpoint: a durable quorum queue bound
    /// to a fanout exchange of the same name), for tests that play the consumer without running it.
    /// </summary>
    public async Task DeclareConsumerQueueAsync(string queue)
    {
        var vhost = Uri.EscapeDataString(Name);
        (await _management.PutAsync($"exchanges/{vhost}/{queue}", JsonContent.Create(new { type = "fanout", durable = true }))).EnsureSuccessStatusCode();
        (await _management.PutAsync($"queues/{vhost}/{queue}",
            JsonContent.Create(new { durable = true, arguments = new Dictionary<string, object> { ["x-queue-type"] = "quorum" } }))).EnsureSuccessStatusCode();
        (await _management.PostAsync($"bindings/{vhost}/e/{queue}/q/{queue}", JsonContent.Create(new { routing_key = "" }))).EnsureSuccessStatusCode();
    }

    /// <summary>Messages ready in a queue of this virtual host, or 0 when the queue does not exist.</summary>
    public async Task<int> MessagesReadyAsync(string queue)
    {
        using var response = await _management.GetAsync($"queues/{Uri.EscapeDataString(Name)}/{Uri.EscapeDataString(queue)}");
        if (!response.IsSuccessStatusCode)
            return 0;
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.TryGetProperty("messages_ready", out var ready) ? ready.GetInt32() : 0;
    }

    /// <summary>Every queue of this virtual host with its ready messages, for failure messages that say where things went.</summary>
    public async Task<IReadOnlyDictionary<string, int>> QueueDepthsAsync()
    {
        var queues = await _management.GetFromJsonAsync<JsonElement>($"queues/{Uri.EscapeDataString(Name)}");
        return queues.EnumerateArray().ToDictionary(
            queue => queue.GetProperty("name").GetString()!,
            queue => queue.TryGetProperty("messages_ready", out var ready) ? ready.GetInt32() : 0);
    }

    public async ValueTask DisposeAsync()
    {
        using var deleted = await RetriedAsync(() => _management.DeleteAsync($"vhosts/{Name}"));
        _management.Dispose();
    }

    // A cluster node that was just started again (a fault test's) may take a moment before its management API listens.
    private static async Task<HttpResponseMessage> RetriedAsync(Func<Task<HttpResponseMessage>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (HttpRequestException) when (attempt < 30)
            {
                await Task.Delay(500);
            }
        }
    }

    private static HttpClient CreateManagementClient(Uri management)
    {
        var client = new HttpClient { BaseAddress = new Uri(management, "/api/") };
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest")));
        return client;
    }
}
