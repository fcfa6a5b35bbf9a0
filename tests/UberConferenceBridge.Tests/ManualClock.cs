namespace Conferencing.UberConferenceBridge.Tests;

/// <summary>
/// A clock a test moves by hand, for the cache's idea of "now". Timers and timestamps stay real (Polly's delays and
/// timeouts still run), so only what reads the wall clock sees the jump.
/// </summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
