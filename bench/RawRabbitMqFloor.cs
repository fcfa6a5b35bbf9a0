using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Conferencing.Benchmark;

/// <summary>
/// The broker's own floor: RabbitMQ.Client publishing persistent messages to a durable queue with publisher confirms and
/// a consumer acking each one, with as many publishes in flight as the suite's consumers handle at once.
/// </summary>
public static class RawRabbitMqFloor
{
    public static async Task<double> MessagesPerSecondAsync(string virtualHost, int messages, int inFlight)
    {
        var factory = new ConnectionFactory { HostName = "127.0.0.1", VirtualHost = virtualHost, UserName = "guest", Password = "guest" };
        await using var connection = await factory.CreateConnectionAsync();
        await using var publishing = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        await using var consuming = await connection.CreateChannelAsync();
        var queue = "floor-" + Guid.NewGuid().ToString("N")[..8];
        // A quorum queue, as the suite's queues are.
        await publishing.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" });
        await consuming.BasicQosAsync(0, (ushort)inFlight, false);

        var consumed = 0;
        var allConsumed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = new AsyncEventingBasicConsumer(consuming);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            await consuming.BasicAckAsync(delivery.DeliveryTag, false);
            if (Interlocked.Increment(ref consumed) == messages)
                allConsumed.TrySetResult();
        };
        await consuming.BasicConsumeAsync(queue, autoAck: false, consumer);

        var body = new byte[400]; // about the size of a StartGoogleHangout envelope
        var properties = new BasicProperties { Persistent = true };
        var clock = Stopwatch.StartNew();
        using var window = new SemaphoreSlim(inFlight);
        var publishes = new List<Task>(messages);
        for (var i = 0; i < messages; i++)
        {
            await window.WaitAsync();
            publishes.Add(Publish());
        }
        await Task.WhenAll(publishes);
        await allConsumed.Task;
        var rate = messages / clock.Elapsed.TotalSeconds;
        await publishing.QueueDeleteAsync(queue);
        return rate;

        async Task Publish()
        {
            try
            {
                await publishing.BasicPublishAsync("", queue, mandatory: false, properties, body);
            }
            finally
            {
                window.Release();
            }
        }
    }
}
