using System.Globalization;
using System.Text;

namespace Conferencing.Benchmark;

/// <summary>The numbers of one run and the markdown table they make.</summary>
public sealed class Report(Size size)
{
    public double RawFloor { get; set; }

    public double MassTransitFloor { get; set; }

    public IReadOnlyList<StartTiming> Saturation { get; set; } = [];

    public IReadOnlyList<StartTiming> FixedLoadNoDelay { get; set; } = [];

    public IReadOnlyList<StartTiming> FixedLoadSlowGoogle { get; set; } = [];

    public IReadOnlyList<StartTiming> SaturationSlowGoogle { get; set; } = [];

    public IReadOnlyDictionary<string, long> PeakMemory { get; set; } = new Dictionary<string, long>();

    public string ToMarkdown(TimeSpan upstream)
    {
        var saturation = Throughput(Saturation);
        var slowSaturation = Throughput(SaturationSlowGoogle);
        var noDelay = FixedLoadNoDelay.Select(t => t.Latency).ToList();
        var slow = FixedLoadSlowGoogle.Select(t => t.Latency).ToList();
        var added = slow.Select(latency => latency - upstream).ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Benchmark ({size.Name}), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores");
        text.AppendLine();
        text.AppendLine("| measure | value | target |");
        text.AppendLine("| --- | --- | --- |");
        Row(text, "floor: raw RabbitMQ.Client publish → consume (persistent, confirms)", $"{RawFloor:N0} msg/s", "");
        Row(text, "floor: MassTransit send → consume → publish → consume", $"{MassTransitFloor:N0} commands/s", "");
        Row(text, $"suite at saturation, both providers ({Saturation.Count} starts, accepted → invitation stored)", $"{saturation:N0} starts/s", "");
        Row(text, "suite ÷ MassTransit floor", $"{saturation / MassTransitFloor:N2}", "≥ 0.2");
        Row(text, "suite ÷ raw RabbitMQ floor", $"{saturation / RawFloor:N2}", "");
        Row(text, $"latency at {size.FixedRate} starts/s, no upstream delay, p50 / p95 / p99", Latencies(noDelay), "");
        Row(text, $"latency at {size.FixedRate} starts/s, Google {upstream.TotalMilliseconds:N0} ms, p50 / p95 / p99", Latencies(slow), "");
        Row(text, $"  of which added by the suite (minus {upstream.TotalMilliseconds:N0} ms), p50 / p95 / p99", Latencies(added), "p99 ≤ 50 ms");
        Row(text, $"suite at saturation, Google {upstream.TotalMilliseconds:N0} ms ({SaturationSlowGoogle.Count} starts)", $"{slowSaturation:N0} starts/s", "≥ 300");
        foreach (var (service, bytes) in PeakMemory.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            Row(text, $"peak resident memory, {service}", $"{bytes / 1024.0 / 1024.0:N0} MB", "< 200 MB");
        return text.ToString();
    }

    // Starts per second from the first acceptance to the last stored invitation.
    private static double Throughput(IReadOnlyList<StartTiming> timings) => timings.Count == 0 ? 0
        : timings.Count / (timings.Max(t => t.InvitationStoredAt) - timings.Min(t => t.AcceptedAt)).TotalSeconds;

    private static string Latencies(List<TimeSpan> values) =>
        string.Join(" / ", new[] { 50.0, 95, 99 }.Select(p => $"{Percentiles.Of(values, p).TotalMilliseconds:N0} ms"));

    private static void Row(StringBuilder text, string measure, string value, string target) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"| {measure} | {value} | {target} |");
}
