using System.Diagnostics;

namespace Conferencing.Testing;

/// <summary>The machine's RabbitMQ node (started by scripts/test.sh), for fault tests that crash and restart it.</summary>
public static class RabbitMqNode
{
    /// <summary>SIGKILL to the Erlang VM: unflushed, unconfirmed messages may be lost, as in a real crash.</summary>
    public static async Task KillAsync()
    {
        await RunAsync("pkill", "-9", "-f", "beam.smp.*rabbit");
        await Eventually.TrueAsync(async () => await RunAsync("pgrep", "-f", "beam.smp.*rabbit") != 0,
            "RabbitMQ did not die", TimeSpan.FromSeconds(20));
    }

    /// <summary>Starts the node again and waits until it accepts connections.</summary>
    public static async Task StartAsync()
    {
        await RunAsync("rabbitmq-server", "-detached");
        await Eventually.TrueAsync(async () => await RunAsync("rabbitmqctl", "-q", "await_startup", "--timeout", "5") == 0,
            "RabbitMQ did not come back", TimeSpan.FromSeconds(90));
    }

    private static async Task<int> RunAsync(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        await process.StandardOutput.ReadToEndAsync();
        await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
