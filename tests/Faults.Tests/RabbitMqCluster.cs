using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Conferencing.Testing;

namespace Conferencing.Faults.Tests;

/// <summary>
/// A three-node RabbitMQ cluster on loopback, made of the machine's Debian rabbitmq-server: each node with its own node
/// name, AMQP, distribution and management ports, database and log directory, all sharing the machine's Erlang cookie,
/// joined with <c>rabbitmqctl join_cluster</c>. Made for one test and removed after it.
/// </summary>
public sealed class RabbitMqCluster : IAsyncDisposable
{
    private const int FirstAmqpPort = 5681;
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"conferencing-cluster-{Guid.NewGuid():N}"[..32]);
    private readonly HttpClient _management = ManagementClient();

    private RabbitMqCluster()
    {
        Nodes = [.. Enumerable.Range(1, 3).Select(i => new Node($"conferencing-c{i}@localhost", FirstAmqpPort + i - 1, 15680 + i))];
        Broker = new RabbitMqBroker(ManagementOf(Nodes[0]), [.. Nodes.Select(node => $"127.0.0.1:{node.AmqpPort}")]);
    }

    /// <summary>One node: its Erlang node name and its ports.</summary>
    public sealed record Node(string Name, int AmqpPort, int ManagementPort);

    public IReadOnlyList<Node> Nodes { get; }

    /// <summary>The cluster as a broker to make virtual hosts on and point the services at.</summary>
    public RabbitMqBroker Broker { get; }

    public static async Task<RabbitMqCluster> StartAsync()
    {
        var cluster = new RabbitMqCluster();
        try
        {
            // A run that was killed leaves its nodes running under these names, holding their ports.
            await Task.WhenAll(cluster.Nodes.Select(StopLeftoverAsync));
            await Task.WhenAll(cluster.Nodes.Select(cluster.StartNodeAsync));
            foreach (var node in cluster.Nodes.Skip(1))
            {
                await RabbitMqCtlAsync(node, "stop_app");
                await RabbitMqCtlAsync(node, "join_cluster", cluster.Nodes[0].Name);
                await RabbitMqCtlAsync(node, "start_app");
            }
            await Eventually.TrueAsync(async () => (await cluster.RunningNodesAsync()) == cluster.Nodes.Count,
                "the three nodes never formed one cluster", TimeSpan.FromSeconds(60));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A quorum queue as any running node reports it: its leader (Raft's: it takes the publishes and hands out the
    /// deliveries) and its members (the nodes holding a replica). Null until the queue exists and has a leader.
    /// </summary>
    public async Task<(Node Leader, int Members)?> QuorumOfAsync(string virtualHost, string queue)
    {
        foreach (var node in Nodes)
        {
            try
            {
                using var response = await _management.GetAsync(new Uri(ManagementOf(node), $"/api/queues/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(queue)}"));
                if (!response.IsSuccessStatusCode)
                    continue;
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (body.TryGetProperty("leader", out var leader) && Nodes.FirstOrDefault(n => n.Name == leader.GetString()) is { } leading)
                    return (leading, body.TryGetProperty("members", out var members) ? members.GetArrayLength() : 0);
            }
            catch (HttpRequestException)
            {
                // that node is down: ask the next
            }
        }
        return null;
    }

    /// <summary>SIGKILL to the node's Erlang VM: a crash, nothing flushed. The other two keep a majority.</summary>
    public async Task KillAsync(Node node)
    {
        // The VM's command line does not name the node (the name travels in the environment), but its pid file does.
        var pidFile = PidFileOf(node);
        if (!File.Exists(pidFile))
            return;
        var pid = (await File.ReadAllTextAsync(pidFile)).Trim();
        await RunAsync("kill", "-9", pid);
        await Eventually.TrueAsync(async () => await RunAsync("kill", "-0", pid) != 0, $"{node.Name} did not die", TimeSpan.FromSeconds(20));
        File.Delete(pidFile);
    }

    /// <summary>Starts a killed node again; it rejoins the cluster with its replicas.</summary>
    public async Task RestartAsync(Node node)
    {
        await StartNodeAsync(node);
        await Eventually.TrueAsync(async () => (await RunningNodesAsync()) == Nodes.Count, $"{node.Name} did not rejoin", TimeSpan.FromSeconds(60));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes)
            await KillAsync(node);
        _management.Dispose();
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

    private async Task<int> RunningNodesAsync()
    {
        try
        {
            var nodes = await _management.GetFromJsonAsync<JsonElement>(new Uri(Broker.Management, "/api/nodes"));
            return nodes.EnumerateArray().Count(node => node.GetProperty("running").GetBoolean());
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    private static async Task StopLeftoverAsync(Node node) =>
        await RunAsync("rabbitmqctl", "-n", node.Name, "-q", "stop", "--timeout", "10");

    private string PidFileOf(Node node) => Path.Combine(_root, node.Name.Split('@')[0], "rabbitmq.pid");

    private static Uri ManagementOf(Node node) => new($"http://127.0.0.1:{node.ManagementPort}");

    private static HttpClient ManagementClient()
    {
        var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest")));
        return client;
    }

    private async Task StartNodeAsync(Node node)
    {
        var directory = Path.Combine(_root, node.Name.Split('@')[0]);
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "rabbitmq.conf"), string.Create(CultureInfo.InvariantCulture,
            $"listeners.tcp.default = {node.AmqpPort}\nmanagement.tcp.port = {node.ManagementPort}\n"));
        // The Debian rabbitmq-server script runs the node as the rabbitmq user, which must own its directories.
        await RunAsync("chown", "-R", "rabbitmq:rabbitmq", _root);
        var environment = new Dictionary<string, string>
        {
            ["RABBITMQ_NODENAME"] = node.Name,
            ["RABBITMQ_NODE_PORT"] = node.AmqpPort.ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = (node.AmqpPort + 20000).ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(directory, "rabbitmq.conf"),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(directory, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(directory, "log"),
            ["RABBITMQ_PID_FILE"] = PidFileOf(node),
        };
        await RunAsync("rabbitmq-server", environment, "-detached");
        await Eventually.TrueAsync(async () => await RunAsync("rabbitmqctl", "-n", node.Name, "-q", "await_startup", "--timeout", "5") == 0,
            $"RabbitMQ node {node.Name} did not start; see {directory}/log", TimeSpan.FromSeconds(90));
    }

    private static async Task RabbitMqCtlAsync(Node node, params string[] arguments)
    {
        if (await RunAsync("rabbitmqctl", ["-n", node.Name, .. arguments]) != 0)
            throw new InvalidOperationException($"rabbitmqctl -n {node.Name} {string.Join(' ', arguments)} failed");
    }

    private static Task<int> RunAsync(string command, params string[] arguments) => RunAsync(command, new Dictionary<string, string>(), arguments);

    private static async Task<int> RunAsync(string command, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(command, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        using var process = Process.Start(start)!;
        await Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
