using System.Text.Json;
using Conferencing.Contracts;
using Conferencing.Testing;
using RabbitMQ.Client;

namespace Conferencing.RoomEvents.Tests.Hosting;

/// <summary>
/// Plays hangout-bridge's queue, <c>start-google-hangout</c>: takes the commands room-events sent there, so a test
/// sees exactly what a bridge would get.
/// </summary>
public sealed class HangoutBridgeInbox : IAsyncDisposable
{
    public const string Name = "start-google-hangout";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IConnection _connection;
    private IChannel _channel;

    private HangoutBridgeInbox(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public static async Task<HangoutBridgeInbox> OpenAsync(RabbitMqVirtualHost broker)
    {
        var factory = new ConnectionFactory { HostName = "127.0.0.1", Port = 5672, UserName = "guest", Password = "guest", VirtualHost = broker.Name };
        var connection = await factory.CreateConnectionAsync();
        return new HangoutBridgeInbox(connection, await connection.CreateChannelAsync());
    }

    /// <summary>Takes commands off the queue until one for <paramref name="conferenceId"/> comes; others are dropped.</summary>
    public Task<StartGoogleHangout> TakeAsync(Guid conferenceId) => Eventually.ValueAsync(
        async () =>
        {
            while (await TakeOneAsync() is { } command)
            {
                if (command.ConferenceId == conferenceId)
                    return command;
            }
            return null;
        },
        $"no StartGoogleHangout for conference {conferenceId} in queue {Name}");

    /// <summary>Everything waiting in the queue now.</summary>
    public async Task<IReadOnlyList<StartGoogleHangout>> DrainAsync()
    {
        var commands = new List<StartGoogleHangout>();
        while (await TakeOneAsync() is { } command)
            commands.Add(command);
        return commands;
    }

    private async Task<StartGoogleHangout?> TakeOneAsync()
    {
        BasicGetResult? delivery;
        try
        {
            delivery = await _channel.BasicGetAsync(Name, autoAck: true);
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
        return envelope.RootElement.GetProperty("message").Deserialize<StartGoogleHangout>(Json);
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
