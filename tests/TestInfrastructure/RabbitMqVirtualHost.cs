using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Conferencing.Testing;

/// <summary>A fresh RabbitMQ virtual host for one test class: its queues and exchanges cannot meet another test's.</summary>
public sealed class RabbitMqVirtualHost : IAsyncDisposable
{
    private static readonly HttpClient Management = CreateManagementClient();

    private RabbitMqVirtualHost(string name) => Name = name;

    public string Name { get; }

    /// <summary>The configuration keys a service needs to join this virtual host.</summary>
    public IReadOnlyDictionary<string, string?> Configuration => new Dictionary<string, string?>
    {
        ["RabbitMq:Host"] = "127.0.0.1",
        ["RabbitMq:Port"] = "5672",
        ["RabbitMq:Username"] = "guest",
        ["RabbitMq:Password"] = "guest",
        ["RabbitMq:VirtualHost"] = Name,
    };

    public static async Task<RabbitMqVirtualHost> CreateAsync()
    {
        var name = "test-" + Guid.NewGuid().ToString("N")[..12];
        (await Management.PutAsync($"vhosts/{name}", null)).EnsureSuccessStatusCode();
        var permissions = JsonContent.Create(new { configure = ".*", write = ".*", read = ".*" });
        (await Management.PutAsync($"permissions/{name}/guest", permissions)).EnsureSuccessStatusCode();
        return new RabbitMqVirtualHost(name);
    }

    /// <summary>Messages ready in a queue of this virtual host, or 0 when the queue does not exist.</summary>
    public async Task<int> MessagesReadyAsync(string queue)
    {
        using var response = await Management.GetAsync($"queues/{Uri.EscapeDataString(Name)}/{Uri.EscapeDataString(queue)}");
        if (!response.IsSuccessStatusCode)
            return 0;
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.TryGetProperty("messages_ready", out var ready) ? ready.GetInt32() : 0;
    }

    /// <summary>Every queue of this virtual host with its ready messages, for failure messages that say where things went.</summary>
    public async Task<IReadOnlyDictionary<string, int>> QueueDepthsAsync()
    {
        var queues = await Management.GetFromJsonAsync<JsonElement>($"queues/{Uri.EscapeDataString(Name)}");
        return queues.EnumerateArray().ToDictionary(
            queue => queue.GetProperty("name").GetString()!,
            queue => queue.TryGetProperty("messages_ready", out var ready) ? ready.GetInt32() : 0);
    }

    public async ValueTask DisposeAsync() => await Management.DeleteAsync($"vhosts/{Name}");

    private static HttpClient CreateManagementClient()
    {
        var client = new HttpClient { BaseAddress = new Uri(TestServers.RabbitMqManagement, "/api/") };
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest")));
        return client;
    }
}
