namespace Conferencing.Testing;

/// <summary>
/// Where a broker is: its management API and its AMQP nodes (one for the machine's RabbitMQ, several for a cluster).
/// </summary>
public sealed record RabbitMqBroker(Uri Management, IReadOnlyList<string> Nodes)
{
    /// <summary>The machine's RabbitMQ, which scripts/test.sh started.</summary>
    public static RabbitMqBroker Machine { get; } = new(TestServers.RabbitMqManagement, ["127.0.0.1:5672"]);

    /// <summary>The configuration keys that point a service at these nodes (a cluster's as <c>RabbitMq:ClusterNodes</c>).</summary>
    public Dictionary<string, string?> Configuration()
    {
        var first = Nodes[0].Split(':');
        var settings = new Dictionary<string, string?>
        {
            ["RabbitMq:Host"] = first[0],
            ["RabbitMq:Port"] = first.Length > 1 ? first[1] : "5672",
            ["RabbitMq:Username"] = "guest",
            ["RabbitMq:Password"] = "guest",
        };
        if (Nodes.Count > 1)
        {
            for (var i = 0; i < Nodes.Count; i++)
                settings[$"RabbitMq:ClusterNodes:{i}"] = Nodes[i];
        }
        return settings;
    }
}
