using System.Net;
using System.Net.Sockets;
using Conferencing.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Conferencing.Hosting.Tests;

/// <summary>
/// The watchdog's checks, one at a time on a fake clock, against the real RabbitMQ that scripts/test.sh starts on
/// 127.0.0.1:5672 (a broker that accepts connections) and a port nobody listens on (a broker that is down).
/// </summary>
[Collection(nameof(ProcessExitCode))]
public sealed class BrokerWatchdogTests
{
    private const int RabbitMqPort = 5672;
    private static readonly TimeSpan Check = TimeSpan.FromSeconds(5);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private readonly Lifetime _lifetime = new();
    private readonly BrokerSendHealth _sends;

    public BrokerWatchdogTests() => _sends = new BrokerSendHealth(_clock);

    [Fact]
    public async Task SendsKeepMissingWhileTheBrokerIsUp_StopsTheServiceForARestart()
    {
        using var watchdog = Watchdog(RabbitMqPort);
        try
        {
            var stopped = await MissEveryCheckAsync(watchdog, BrokerWedge.Patience + Check);

            Assert.True(stopped);
            Assert.True(_lifetime.StopRequested);
            Assert.Equal(BrokerWatchdog.ExitCode, Environment.ExitCode);
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }

    [Fact]
    public async Task SendsKeepMissingWhileTheBrokerIsDown_KeepsRunning()
    {
        using var watchdog = Watchdog(ClosedPort());

        var stopped = await MissEveryCheckAsync(watchdog, 3 * BrokerWedge.Patience);

        Assert.False(stopped);
        Assert.False(_lifetime.StopRequested);
    }

    [Fact]
    public async Task NoSendMissed_NeverProbesAndKeepsRunning()
    {
        using var watchdog = Watchdog(RabbitMqPort);

        _clock.Advance(3 * BrokerWedge.Patience);

        Assert.False(await watchdog.CheckAsync(CancellationToken.None));
        Assert.False(_lifetime.StopRequested);
    }

    // A send misses its deadline before each check, as while a wedged channel takes every send, for the given time.
    private async Task<bool> MissEveryCheckAsync(BrokerWatchdog watchdog, TimeSpan duration)
    {
        for (var elapsed = TimeSpan.Zero; elapsed <= duration; elapsed += Check)
        {
            await _sends.SendFault<object>(null!, new OperationCanceledException());
            if (await watchdog.CheckAsync(CancellationToken.None))
                return true;
            _clock.Advance(Check);
        }
        return false;
    }

    private BrokerWatchdog Watchdog(int brokerPort) =>
        new(_sends, Options.Create(new RabbitMqOptions { Host = "127.0.0.1", Port = brokerPort }), _lifetime, _clock,
            NullLogger<BrokerWatchdog>.Instance);

    // Bound and closed at once: connecting to it is refused, as to a broker that is down.
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Lifetime : IHostApplicationLifetime
    {
        public bool StopRequested { get; private set; }

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => StopRequested = true;
    }
}

/// <summary>Tests that set <see cref="Environment.ExitCode"/> run one at a time.</summary>
[CollectionDefinition(nameof(ProcessExitCode))]
public sealed class ProcessExitCode;
