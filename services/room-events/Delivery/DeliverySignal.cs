namespace Conferencing.RoomEvents.Delivery;

/// <summary>
/// Wakes this instance's outbox when it has something to do now (a message was written, a delivery finished), so that
/// delivery does not wait for the next poll. Other instances' writes are found by polling.
/// </summary>
public sealed class DeliverySignal : IDisposable
{
    private readonly SemaphoreSlim _pending = new(0, 1);
    private readonly Lock _lock = new();

    public void Wake()
    {
        lock (_lock)
        {
            if (_pending.CurrentCount == 0)
                _pending.Release();
        }
    }

    /// <summary>True when woken, false when <paramref name="timeout"/> passed first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _pending.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _pending.Dispose();
}
