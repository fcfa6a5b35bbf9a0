namespace Conferencing.Hosting.Http;

/// <summary>
/// Where the retries' jitter comes from: a random number in [0, 1). A singleton, so that a test can pin it and know the
/// back-off to the tick.
/// </summary>
public sealed class RetryJitter
{
    public Func<double> Next { get; init; } = Random.Shared.NextDouble;
}
