using MassTransit.Testing;

namespace Conferencing.RoomEvents.Tests.Hosting;

/// <summary>The commands room-events sent on <see cref="HarnessHost"/>'s bus, as the bridge they were sent to would get them.</summary>
public static class SentCommands
{
    /// <summary>The first <typeparamref name="TCommand"/> sent that matches, once it is sent.</summary>
    public static async Task<TCommand> FirstSentAsync<TCommand>(this ITestHarness harness, Func<TCommand, bool> match) where TCommand : class =>
        (await harness.SentAsync(match, count: 1))[0];

    /// <summary>The first <paramref name="count"/> <typeparamref name="TCommand"/>s sent that match, oldest first, once they are sent.</summary>
    public static async Task<IReadOnlyList<TCommand>> SentAsync<TCommand>(this ITestHarness harness, Func<TCommand, bool> match, int count)
        where TCommand : class
    {
        ArgumentNullException.ThrowIfNull(harness);
        var sent = new List<TCommand>(count);
        // Waits for each next match until the harness's TestTimeout (HarnessHost: Eventually's deadline).
        await foreach (var message in harness.Sent.SelectAsync<TCommand>(message => message.Exception is null && match(message.Context.Message)))
        {
            sent.Add(message.Context.Message);
            if (sent.Count == count)
                return sent;
        }
        throw new TimeoutException($"{count} × {typeof(TCommand).Name} were not sent, only {sent.Count}");
    }

    /// <summary>The <typeparamref name="TCommand"/>s sent so far that match, oldest first, without waiting for more.</summary>
    public static IReadOnlyList<TCommand> SentSoFar<TCommand>(this ITestHarness harness, Func<TCommand, bool> match) where TCommand : class
    {
        ArgumentNullException.ThrowIfNull(harness);
        // A cancelled token: the list hands back what it holds instead of waiting for the next one.
        var sent = harness.Sent.Select<TCommand>(message => message.Exception is null && match(message.Context.Message), new CancellationToken(canceled: true));
        return [.. sent.Select(message => message.Context.Message)];
    }
}
