using System.Diagnostics.Metrics;
using Conferencing.Hosting.Telemetry;

namespace Conferencing.RoomEvents;

/// <summary>
/// room-events' own instruments on the suite's meter: starts accepted, their outcomes (by provider and reason code) and
/// chat deliveries (by outcome). Each is counted where the change is written, once per conference or attempt.
/// </summary>
public sealed class RoomEventsMetrics
{
    private readonly Counter<long> _accepted;
    private readonly Counter<long> _outcomes;
    private readonly Counter<long> _deliveries;

    public RoomEventsMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(ConferencingMeter.Name);
        _accepted = meter.CreateCounter<long>("conferencing.starts.accepted", "{start}", "Starts accepted (202) by room-events.");
        _outcomes = meter.CreateCounter<long>("conferencing.starts.outcomes", "{start}", "Starts answered: started or failed, with the failure's reason code.");
        _deliveries = meter.CreateCounter<long>("conferencing.chat.deliveries", "{attempt}", "Attempts to post a timeline message to a room's chat webhook, by outcome.");
    }

    public void StartAccepted(string provider) => _accepted.Add(1, new KeyValuePair<string, object?>("provider", provider));

    public void StartAnswered(string provider, string outcome, string? reasonCode) => _outcomes.Add(1,
        new KeyValuePair<string, object?>("provider", provider),
        new KeyValuePair<string, object?>("outcome", outcome),
        new KeyValuePair<string, object?>("reason", reasonCode ?? "none"));

    /// <param name="outcome"><c>delivered</c>, <c>retrying</c> or <c>failed</c> (given up).</param>
    public void DeliveryAttempted(string outcome) => _deliveries.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
}
