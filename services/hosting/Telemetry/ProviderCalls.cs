using System.Diagnostics.Metrics;

namespace Conferencing.Hosting.Telemetry;

/// <summary>
/// <c>conferencing.provider.call.duration</c>: how long a bridge's provider work for one start took, its retries,
/// back-offs and quota waits included, by provider and outcome (<c>started</c> or the failure's reason code). The
/// HttpClient instrumentation measures each attempt; this is what the person who clicked waited for.
/// </summary>
public sealed class ProviderCalls
{
    private readonly Histogram<double> _duration;

    public ProviderCalls(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _duration = meters.Create(ConferencingMeter.Name).CreateHistogram<double>(
            "conferencing.provider.call.duration", "s", "A bridge's provider work for one start, retries and quota waits included.");
    }

    public void Record(string provider, string outcome, TimeSpan duration) => _duration.Record(duration.TotalSeconds,
        new KeyValuePair<string, object?>("provider", provider),
        new KeyValuePair<string, object?>("outcome", outcome));
}
