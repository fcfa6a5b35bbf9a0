using System.Globalization;
using System.ComponentModel.DataAnnotations;

namespace Conferencing.Hosting;

/// <summary>Where the broker is (configuration section <c>RabbitMq</c>).</summary>
public sealed class RabbitMqOptions : IValidatableObject
{
    public const string Section = "RabbitMq";

    [Required(ErrorMessage = "RabbitMq:Host is required.")]
    public string Host { get; set; } = "localhost";

    [Range(1, 65535, ErrorMessage = "RabbitMq:Port must be a TCP port.")]
    public int Port { get; set; } = 5672;

    /// <summary>
    /// The nodes of a RabbitMQ cluster, each <c>host</c> or <c>host:port</c> (<c>RabbitMq:ClusterNodes:0</c>...). When set,
    /// the services connect to one of them and fail over to another when it goes; <see cref="Host"/> then only names the
    /// cluster in the bus's addresses. Empty: the one node at <see cref="Host"/>:<see cref="Port"/>.
    /// </summary>
    public string[] ClusterNodes { get; set; } = [];

    [Required(ErrorMessage = "RabbitMq:Username is required.")]
    public string Username { get; set; } = "guest";

    [Required(ErrorMessage = "RabbitMq:Password is required.")]
    public string Password { get; set; } = "guest";

    [Required(ErrorMessage = "RabbitMq:VirtualHost is required.")]
    public string VirtualHost { get; set; } = "/";

    /// <summary>
    /// Messages one copy of a service handles at once per queue (and the broker's prefetch). A start spends most of its
    /// time waiting on a provider: with 300 ms per Google call, 128 in flight carry about 400 starts/s per bridge copy.
    /// </summary>
    [Range(1, 1000, ErrorMessage = "RabbitMq:ConcurrentMessageLimit must be between 1 and 1000.")]
    public int ConcurrentMessageLimit { get; set; } = 128;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < ClusterNodes.Length; i++)
        {
            if (!IsNode(ClusterNodes[i]))
                yield return new ValidationResult($"RabbitMq:ClusterNodes:{i} must be a host name or host:port, such as rabbit-1:5672.");
        }
    }

    private static bool IsNode(string? node)
    {
        if (string.IsNullOrWhiteSpace(node))
            return false;
        var colon = node.LastIndexOf(':');
        var host = colon < 0 ? node : node[..colon];
        return Uri.CheckHostName(host) is UriHostNameType.Dns or UriHostNameType.IPv4
            && (colon < 0 || (int.TryParse(node[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535));
    }
}
