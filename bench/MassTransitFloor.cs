using System.Diagnostics;
using MassTransit;

namespace Conferencing.Benchmark;

/// <summary>A command for the floor measurement, shaped like the suite's commands.</summary>
public sealed record FloorCommand(Guid Id, string RoomId, string Topic);

/// <summary>The event the floor's command consumer publishes, as a bridge publishes ConferenceStarted.</summary>
public sealed record FloorEvent(Guid Id, string RoomId);

/// <summary>
/// MassTransit's floor on the same broker: send → consume → publish → consume, with the suite's bus settings
/// (quorum queues, persistent messages, publisher confirms, the same concurrency), and nothing else: no provider, no database.
/// </summary>
public static class MassTransitFloor
{
    public static async Task<double> CommandsPerSecondAsync(string virtualHost, int commands, int concurrency)
    {
        var done = new FloorTally(commands);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host("127.0.0.1", virtualHost, host =>
            {
                host.Username("guest");
                host.Password("guest");
                host.PublisherConfirmation = true;
            });
            rabbit.ReceiveEndpoint("floor-command", endpoint =>
            {
                endpoint.ConcurrentMessageLimit = concurrency;
                endpoint.PrefetchCount = concurrency;
                endpoint.SetQuorumQueue();
                endpoint.Consumer(() => new FloorCommandConsumer());
            });
            rabbit.ReceiveEndpoint("floor-event", endpoint =>
            {
                endpoint.ConcurrentMessageLimit = concurrency;
                endpoint.PrefetchCount = concurrency;
                endpoint.SetQuorumQueue();
                endpoint.Consumer(() => new FloorEventConsumer(done));
            });
        });
        await bus.StartAsync();
        try
        {
            // The exchange, as the suite sends (Hosting/BrokerQueues): a queue: address would declare the quorum queue as classic.
            var send = await bus.GetSendEndpoint(new Uri("exchange:floor-command"));
            var clock = Stopwatch.StartNew();
            using var window = new SemaphoreSlim(concurrency);
            var sends = new List<Task>(commands);
            for (var i = 0; i < commands; i++)
            {
                await window.WaitAsync();
                sends.Add(Send(i));
            }
            await Task.WhenAll(sends);
            await done.Task;
            return commands / clock.Elapsed.TotalSeconds;

            async Task Send(int i)
            {
                try
                {
                    await send.Send(new FloorCommand(Guid.NewGuid(), $"room-{i % 8}", "Floor"));
                }
                finally
                {
                    window.Release();
                }
            }
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    private sealed class FloorCommandConsumer : IConsumer<FloorCommand>
    {
        public Task Consume(ConsumeContext<FloorCommand> context) =>
            context.Publish(new FloorEvent(context.Message.Id, context.Message.RoomId));
    }

    private sealed class FloorEventConsumer(FloorTally done) : IConsumer<FloorEvent>
    {
        public Task Consume(ConsumeContext<FloorEvent> context)
        {
            done.Count();
            return Task.CompletedTask;
        }
    }

    private sealed class FloorTally(int expected)
    {
        private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _seen;

        public Task Task => _all.Task;

        public void Count()
        {
            if (Interlocked.Increment(ref _seen) == expected)
                _all.TrySetResult();
        }
    }
}
