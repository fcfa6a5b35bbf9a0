namespace Conferencing.RoomEvents;

/// <summary>
/// Work done in rounds on a timer: the re-drive, the expiry, the housekeeping. A round that fails (a timeout of the
/// database or the broker included) is reported and the next round tries again; an exception that left
/// <see cref="ExecuteAsync"/> would stop the whole host. Driven by the injected <see cref="TimeProvider"/>, so tests
/// move time instead of waiting.
/// </summary>
public abstract class TimedRounds(TimeProvider clock) : BackgroundService
{
    /// <summary>The service's clock, for the rounds' own "now".</summary>
    protected TimeProvider Clock { get; } = clock;

    /// <summary>The time between rounds, read once at start.</summary>
    protected abstract TimeSpan Every { get; }

    protected abstract Task RunRoundAsync(CancellationToken cancellationToken);

    /// <summary>Logs a round that threw; nothing else is to be done until the next one.</summary>
    protected abstract void RoundFailed(Exception exception);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, Clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunRoundAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                RoundFailed(exception);
            }
        }
    }
}
