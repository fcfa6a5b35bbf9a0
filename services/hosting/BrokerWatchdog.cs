using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Conferencing.Hosting;

/// <summary>
/// Stops the service with exit code <see cref="ExitCode"/> when its broker connection is wedged (<see cref="BrokerWedge"/>),
/// for its supervisor to start it again: after a <c>kill -9</c> of RabbitMQ, RabbitMQ.Client 7.1.2 can leave a channel
/// whose every publish waits forever (rabbitmq-dotnet-client #1930), and MassTransit 8.4 keeps handing that channel out.
/// A new process gets a new connection; stored starts and unacknowledged messages carry the work across.
/// </summary>
public sealed class BrokerWatchdog(
    BrokerSendHealth sends, IOptions<RabbitMqOptions> options, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<BrokerWatchdog> logger)
    : BackgroundService
{
    /// <summary>EX_TEMPFAIL: a temporary failure, try again. docker-compose's <c>restart: unless-stopped</c> does.</summary>
    public const int ExitCode = 75;

    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(5);
    private DateTimeOffset? _brokerLastSeenDown;

    /// <summary>One look: true when it found the connection wedged and stopped the service.</summary>
    public async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        // The broker is probed only while sends miss their deadline, so a healthy service never connects to it twice.
        if (sends.MissesSinceLastSuccess is null)
            return false;
        var now = clock.GetUtcNow();
        if (!await BrokerAcceptsConnectionsAsync(cancellationToken))
        {
            _brokerLastSeenDown = now;
            return false;
        }
        if (sends.MissesSinceLastSuccess is not { } misses || !BrokerWedge.IsWedged(misses, _brokerLastSeenDown, now))
            return false;
        logger.BrokerWedged(misses.First, ExitCode);
        Environment.ExitCode = ExitCode;
        lifetime.StopApplication();
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(CheckEvery, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (await CheckAsync(stoppingToken))
                return;
        }
    }

    private async Task<bool> BrokerAcceptsConnectionsAsync(CancellationToken cancellationToken)
    {
        using var probe = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CheckEvery);
        try
        {
            await probe.ConnectAsync(options.Value.Host, options.Value.Port, timeout.Token);
            return true;
        }
        catch (Exception exception) when ((exception is SocketException or OperationCanceledException) && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
