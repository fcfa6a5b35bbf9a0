using System.Collections;
using System.Diagnostics;

namespace Conferencing.Testing;

/// <summary>
/// What OpenTelemetry's in-memory exporter wrote, safe to add to from the exporting threads. Services hosted in one
/// process all see each other's activities (listeners are process-wide), so a span may come once per service:
/// <see cref="Distinct"/> gives each once.
/// </summary>
public sealed class ExportedSpanCollection : ICollection<Activity>
{
    private readonly Lock _gate = new();
    private readonly List<Activity> _spans = [];

    public int Count
    {
        get
        {
            lock (_gate)
                return _spans.Count;
        }
    }

    public bool IsReadOnly => false;

    /// <summary>Each span once, in the order they ended.</summary>
    public IReadOnlyList<Activity> Distinct()
    {
        lock (_gate)
            return [.. _spans.DistinctBy(span => span.SpanId)];
    }

    public void Add(Activity item)
    {
        lock (_gate)
            _spans.Add(item);
    }

    public void Clear()
    {
        lock (_gate)
            _spans.Clear();
    }

    public bool Contains(Activity item)
    {
        lock (_gate)
            return _spans.Contains(item);
    }

    public void CopyTo(Activity[] array, int arrayIndex)
    {
        lock (_gate)
            _spans.CopyTo(array, arrayIndex);
    }

    public bool Remove(Activity item)
    {
        lock (_gate)
            return _spans.Remove(item);
    }

    public IEnumerator<Activity> GetEnumerator() => Distinct().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
