using System.ComponentModel.DataAnnotations;

namespace Conferencing.Hosting;

/// <summary>Where the broker is (configuration section <c>RabbitMq</c>).</summary>
public sealed class RabbitMqOptions
{
    public const string Section = "RabbitMq";

    [Required(ErrorMessage = "RabbitMq:Host is required.")]
    public string Host { get; set; } = "localhost";

    [Range(1, 65535, ErrorMessage = "RabbitMq:Port must be a TCP port.")]
    public int Port { get; set; } = 5672;

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
}
