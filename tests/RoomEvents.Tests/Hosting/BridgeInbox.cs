using System.Text.Json;
using Conferencing.Testing;
using RabbitMQ.Client;

namespace Conferencing.RoomEvents.Tests.Hosting;

/// <summary>
/// Plays a bridge's queue (<see cref="BridgeInboxes"/>): takes the commands room-events sent there, so a test sees exactly
/// what the bridge would get.
/// </summary>
public sealed class BridgeInbox<TCommand> : IAsyncDisposable where TCommand : class
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IConnection _connection;
    private readonly string _queue;
    private readonly Func<TCommand, Guid> _conferenceIdOf;
    private IChannel _channel;

    internal BridgeInbox(IConnection connection, IChannel channel, string queue, Func<TCommand, Guid> conferenceIdOf)
    {
        _connection = connection;
        _channel = channel;
        _queue = queue;
        _conferenceIdOf = conferenceIdOf;
    }

    /// <summary>Takes commands off the queue until one for <paramref name="conferenceId"/> comes; others are dropped.</summary>
    public Task<TCommand> TakeAsync(Guid conferenceId) => Eventually.ValueAsync(
        async () =>
        {
            while (await TakeOneAsync() is { } command)
            {
                if (_conferenceIdOf(command) == conferenceId)
                    return command;
            }
            return null;
        },
        $"no {typeof(TCommand).Name} for conference {conferenceId} in queue {_queue}");

    private async Task<TCommand?> TakeOneAsync()
    {
        BasicGetResult? delivery;
        try
        {
            delivery = await _channel.BasicGetAsync(_queue, autoAck: true);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            // The queue does not exist until room-events first sends to it, and the broker closes a channel that asks.
            await _channel.DisposeAsync();
            _channel = await _connection.CreateChannelAsync();
            return null;
        }
        if (delivery is null)
            return null;
        // MassTransit's envelope: the command is its "message" property.
        using var envelope = JsonDocument.Parse(delivery.Body);
        return envelope.RootElement.GetProperty("message").Deserialize<TCommand>(Json);
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
