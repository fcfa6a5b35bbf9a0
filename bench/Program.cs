using System.Globalization;
using Conferencing.Testing;

namespace Conferencing.Benchmark;

/// <summary>
/// Measures the suite end to end against the floors it stands on, in one run on one machine, and prints one table.
/// <c>--smoke</c> runs every scenario small, to prove the benchmark works (scripts/test.sh does that).
/// </summary>
public static class Program
{
    private static readonly string[] BothProviders = ["google-hangout", "uberconference"];
    private static readonly string[] GoogleOnly = ["google-hangout"];
    private static readonly TimeSpan Upstream = TimeSpan.FromMilliseconds(300);

    public static async Task<int> Main(string[] args)
    {
        var size = args.Contains("--smoke") ? Size.Smoke : Size.Full;
        var report = new Report(size);
        var peakMemory = new Dictionary<string, long>();

        await using (var floorHost = await RabbitMqVirtualHost.CreateAsync())
        {
            // Each floor runs twice and counts the second time, for the same reason the suite is warmed up below.
            await RawRabbitMqFloor.MessagesPerSecondAsync(floorHost.Name, size.FloorMessages, size.Concurrency);
            report.RawFloor = await RawRabbitMqFloor.MessagesPerSecondAsync(floorHost.Name, size.FloorMessages, size.Concurrency);
            await MassTransitFloor.CommandsPerSecondAsync(floorHost.Name, size.FloorCommands, size.Concurrency);
            report.MassTransitFloor = await MassTransitFloor.CommandsPerSecondAsync(floorHost.Name, size.FloorCommands, size.Concurrency);
        }

        report.Saturation = await RunAsync(size, peakMemory, null, load => load.SaturateAsync(size.SaturationStarts, size.Concurrency, BothProviders));
        report.FixedLoadNoDelay = await RunAsync(size, peakMemory, null, load => load.FixedRateAsync(size.FixedRate, size.FixedDuration, BothProviders));
        report.FixedLoadSlowGoogle = await RunAsync(size, peakMemory, Upstream, load => load.FixedRateAsync(size.FixedRate, size.FixedDuration, GoogleOnly));
        report.SaturationSlowGoogle = await RunAsync(size, peakMemory, Upstream, load => load.SaturateAsync(size.SaturationStarts, size.Concurrency * 2, GoogleOnly));
        report.PeakMemory = peakMemory;

        var table = report.ToMarkdown(Upstream);
        Console.WriteLine(table);
        var results = Path.Combine(RepositoryLayout.Root, "bench", "results");
        Directory.CreateDirectory(results);
        await File.WriteAllTextAsync(Path.Combine(results, size == Size.Smoke ? "smoke.md" : "latest.md"), table);
        return 0;
    }

    private static async Task<IReadOnlyList<StartTiming>> RunAsync(
        Size size, Dictionary<string, long> peakMemory, TimeSpan? googleDelay, Func<SuiteLoad, Task<IReadOnlyList<StartTiming>>> scenario)
    {
        await using var suite = await ProcessSuite.StartAsync(rooms: 20, redriveAfter: TimeSpan.FromMinutes(10),
            bridgeSettings: new Dictionary<string, string?>
            {
                // Calendar's real quotas (600/min per user, 10,000/min per project) would cap this run at 10 starts/s;
                // the benchmark measures the suite, so the bridge's limiter is opened wide.
                ["Google:RequestsPerMinutePerUser"] = "10000000",
                ["Google:RequestsPerMinute"] = "10000000",
            },
            roomEventsSettings: Database(),
            googleDelay: googleDelay);
        var load = new SuiteLoad(suite);
        // A service runs for days; the first thousands of starts of a fresh process pay for tiered JIT compilation, which
        // on two cores takes most of a core for half a minute. Measure the steady state.
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] warming up ({size.WarmUpStarts} starts)");
        await load.SaturateAsync(size.WarmUpStarts, size.Concurrency, BothProviders);
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] measuring");
        var timings = await scenario(load);
        foreach (var service in suite.Services)
            peakMemory[service.Name] = Math.Max(peakMemory.GetValueOrDefault(service.Name), PeakResidentBytes(service));
        return timings;
    }

    // SQLite by default, as scripts/run.sh runs it; --postgres (scripts/test.sh's test server) for the production shape.
    private static Dictionary<string, string?> Database() => UsePostgres
        ? new() { ["ConnectionStrings:RoomEvents"] = $"{TestServers.PostgreSql};Database=bench_{Guid.NewGuid():N}" }
        : [];

    private static bool UsePostgres => Environment.GetCommandLineArgs().Contains("--postgres");

    // VmHWM: the most resident memory the process ever had.
    private static long PeakResidentBytes(ServiceProcess service)
    {
        if (service.ProcessId is not { } pid)
            return 0;
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }
}
