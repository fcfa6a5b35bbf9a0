using Conferencing.Testing;
using MassTransit;

namespace Conferencing.Hosting.Tests;

public sealed class BrokerSendHealthTests
{
    // The observer reads nothing from the context, so these tests pass none.
    private static readonly SendContext<object> AnySend = null!;
    private static readonly PublishContext<object> AnyPublish = null!;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task SendFault_DeadlineMissed_RemembersWhen()
    {
        var health = new BrokerSendHealth(_clock);

        await health.SendFault(AnySend, new OperationCanceledException());

        Assert.Equal(new BrokerMisses(_clock.GetUtcNow(), _clock.GetUtcNow()), health.MissesSinceLastSuccess);
    }

    [Fact]
    public async Task PublishFault_LaterMiss_KeepsTheFirstAndMovesTheLast()
    {
        var health = new BrokerSendHealth(_clock);
        var first = _clock.GetUtcNow();

        await health.PublishFault(AnyPublish, new TaskCanceledException());
        _clock.Advance(TimeSpan.FromSeconds(30));
        await health.PublishFault(AnyPublish, new OperationCanceledException());

        Assert.Equal(new BrokerMisses(first, _clock.GetUtcNow()), health.MissesSinceLastSuccess);
    }

    [Fact]
    public async Task PostPublish_AfterMisses_Clears()
    {
        var health = new BrokerSendHealth(_clock);
        await health.SendFault(AnySend, new OperationCanceledException());

        await health.PostPublish(AnyPublish);

        Assert.Null(health.MissesSinceLastSuccess);
    }

    [Fact]
    public async Task SendFault_BrokerAnsweredWithAnError_IsNoMiss()
    {
        var health = new BrokerSendHealth(_clock);

        await health.SendFault(AnySend, new InvalidOperationException("returned by the broker"));

        Assert.Null(health.MissesSinceLastSuccess);
    }
}
