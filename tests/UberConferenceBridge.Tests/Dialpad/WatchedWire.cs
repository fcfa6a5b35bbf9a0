namespace Conferencing.UberConferenceBridge.Tests.Dialpad;

/// <summary>
/// The bridge's connection to the stub, watched: it knows when requests are on the wire, so that a test moves fake time
/// only while the bridge waits on a timer (a back-off, a quota turn) and never under an answer that is on its way.
/// </summary>
internal sealed class WatchedWire(TimeProvider clock) : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly SemaphoreSlim _sent = new(0);
    private readonly List<DateTimeOffset> _sentAt = [];
    private int _onTheWire;

    /// <summary>When each request went out, on the bridge's clock, oldest first.</summary>
    public IReadOnlyList<DateTimeOffset> SentAt
    {
        get
        {
            lock (_sentAt)
                return [.. _sentAt];
        }
    }

    /// <summary>No request is between being sent and its answer's last byte.</summary>
    public bool Idle => Volatile.Read(ref _onTheWire) == 0;

    /// <summary>Waits until one more request has gone out than this method has waited for.</summary>
    public async Task NextRequestAsync()
    {
        if (!await _sent.WaitAsync(TimeSpan.FromSeconds(30)))
            throw new TimeoutException("No request went out to the stub within 30 seconds.");
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _onTheWire);
        lock (_sentAt)
            _sentAt.Add(clock.GetUtcNow());
        _sent.Release();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            // The body is on the wire too: read it here, before time may move.
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            return response;
        }
        finally
        {
            Interlocked.Decrement(ref _onTheWire);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _sent.Dispose();
        base.Dispose(disposing);
    }
}
