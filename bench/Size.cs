namespace Conferencing.Benchmark;

/// <summary>How big each scenario is.</summary>
public sealed record Size(string Name, int FloorMessages, int FloorCommands, int Concurrency, int SaturationStarts, int FixedRate, TimeSpan FixedDuration, int WarmUpStarts)
{
    public static Size Full { get; } = new("full", 20_000, 5_000, 128, 3_000, 100, TimeSpan.FromSeconds(20), 3_000);

    public static Size Smoke { get; } = new("smoke", 2_000, 500, 32, 100, 20, TimeSpan.FromSeconds(3), 50);
}
