using MassTransit;

namespace Conferencing.Hosting;

/// <summary>The first and the latest send that missed its <see cref="BrokerDeadline"/> since one last got through.</summary>
public sealed record BrokerMisses(DateTimeOffset First, DateTimeOffset Last);

/// <summary>
/// Watches our sends and publishes for the sign of a wedged channel: messages that miss their deadline while none gets
/// through. One success clears it, so a burst of misses while the broker restarts does not count.
/// </summary>
public sealed class BrokerSendHealth(TimeProvider clock) : ISendObserver, IPublishObserver
{
    private readonly Lock _gate = new();
    private BrokerMisses? _misses;

    public BrokerMisses? MissesSinceLastSuccess
    {
        get
        {
            lock (_gate)
                return _misses;
        }
    }

    public Task PreSend<T>(SendContext<T> context) where T : class => Task.CompletedTask;

    public Task PostSend<T>(SendContext<T> context) where T : class => Succeeded();

    public Task SendFault<T>(SendContext<T> context, Exception exception) where T : class => Failed(exception);

    public Task PrePublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context) where T : class => Succeeded();

    public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Failed(exception);

    private Task Succeeded()
    {
        lock (_gate)
            _misses = null;
        return Task.CompletedTask;
    }

    // A deadline shows up as a cancellation; other faults (a refused connection, a returned message) mean the broker answered.
    private Task Failed(Exception exception)
    {
        if (exception is OperationCanceledException)
        {
            var now = clock.GetUtcNow();
            lock (_gate)
                _misses = _misses is null ? new BrokerMisses(now, now) : _misses with { Last = now };
        }
        return Task.CompletedTask;
    }
}
