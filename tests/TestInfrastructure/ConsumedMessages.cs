using System.Collections.Concurrent;
using MassTransit;

namespace Conferencing.Testing;

/// <summary>Sees every message room-events' consumers finished (or failed), so a test can await "the event was handled".</summary>
public sealed class ConsumedMessages : IConsumeObserver
{
    private readonly ConcurrentQueue<object> _consumed = new();
    private readonly ConcurrentQueue<(object Message, Exception Exception)> _faulted = new();

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        _consumed.Enqueue(context.Message);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class
    {
        _faulted.Enqueue((context.Message, exception));
        return Task.CompletedTask;
    }

    /// <summary>Waits until <paramref name="count"/> messages of <typeparamref name="T"/> that match were consumed; fails fast on a fault.</summary>
    public Task WaitForAsync<T>(Func<T, bool> match, int count = 1) => Eventually.TrueAsync(
        () =>
        {
            if (_faulted.FirstOrDefault(f => f.Message is T faulted && match(faulted)) is { Exception: { } exception })
                throw new InvalidOperationException($"The {typeof(T).Name} consumer failed.", exception);
            return Task.FromResult(_consumed.OfType<T>().Count(match) >= count);
        },
        $"{count} × {typeof(T).Name} were not consumed");

    /// <summary>How many messages of <typeparamref name="T"/> that match were consumed so far (several hosts: add them up).</summary>
    public int Count<T>(Func<T, bool> match) => _consumed.OfType<T>().Count(match);
}
