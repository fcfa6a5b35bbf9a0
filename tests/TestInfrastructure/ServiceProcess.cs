using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Conferencing.Testing;

/// <summary>
/// One service of the suite as a separate process (<c>dotnet Service.dll</c>), as an operator runs it: configured through
/// environment variables, killed with SIGKILL when a test says so, started again on the same port and settings.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly string _dll;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly string _logFile;
    private Process? _process;
    private bool _started;

    public ServiceProcess(string name, string dll, IReadOnlyDictionary<string, string?> settings)
    {
        Name = name;
        _dll = dll;
        _settings = settings;
        Url = new Uri($"http://127.0.0.1:{FreePort()}");
        var logs = Path.Combine(AppContext.BaseDirectory, "service-logs");
        Directory.CreateDirectory(logs);
        _logFile = Path.Combine(logs, $"{name}-{Guid.NewGuid():N}.log");
    }

    public string Name { get; }

    public Uri Url { get; private set; }

    /// <summary>The process id while it runs, for memory readings.</summary>
    public int? ProcessId => _process is { HasExited: false } process ? process.Id : null;

    /// <summary>
    /// Starts the process and waits until <c>/health/ready</c> answers 200. The first start may move to another free
    /// port when someone took the chosen one in the meantime; a restart keeps its port, as clients hold its address.
    /// </summary>
    public async Task StartAsync(TimeSpan? readyWithin = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StartOnceAsync(readyWithin);
                return;
            }
            catch (InvalidOperationException) when (!_started && attempt < 3 && File.ReadAllText(_logFile).Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                Url = new Uri($"http://127.0.0.1:{FreePort()}");
            }
        }
    }

    private async Task StartOnceAsync(TimeSpan? readyWithin)
    {
        var start = new ProcessStartInfo("dotnet", [_dll])
        {
            WorkingDirectory = Path.GetDirectoryName(_dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.Environment["Urls"] = Url.ToString();
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["MALLOC_ARENA_MAX"] = "2"; // as the image runs the services (services/Dockerfile says why)
        foreach (var (key, value) in _settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{Name} did not start.");
        var log = new StreamWriter(_logFile, append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) lock (log) log.WriteLine(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) lock (log) log.WriteLine(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        using var client = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(2) };
        await Eventually.TrueAsync(async () =>
        {
            if (process.HasExited)
                throw new InvalidOperationException($"{Name} exited with {process.ExitCode}; see {_logFile}");
            try
            {
                using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                return ready.StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
            catch (TaskCanceledException)
            {
                return false;
            }
        }, $"{Name} was not ready; see {_logFile}", readyWithin ?? TimeSpan.FromSeconds(60));
        _started = true;
    }

    /// <summary>SIGKILL: no shutdown hooks, no acks, no flushes — a crash.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await KillAsync();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
