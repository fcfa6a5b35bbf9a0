namespace Conferencing.Benchmark;

/// <summary>Nearest-rank percentiles of a set of durations.</summary>
public static class Percentiles
{
    public static TimeSpan Of(IReadOnlyList<TimeSpan> values, double percentile)
    {
        if (values.Count == 0)
            return TimeSpan.Zero;
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
