using Conferencing.Contracts;
using Conferencing.Testing;
using RabbitMQ.Client;

namespace Conferencing.RoomEvents.Tests.Hosting;

/// <summary>The bridges' queues: MassTransit's kebab-case names of their consumers.</summary>
public static class BridgeInboxes
{
    /// <summary>hangout-bridge's <c>start-google-hangout</c>.</summary>
    public static Task<BridgeInbox<StartGoogleHangout>> HangoutAsync(RabbitMqVirtualHost broker) =>
        OpenAsync<StartGoogleHangout>(broker, "start-google-hangout", command => command.ConferenceId);

    /// <summary>uberconference-bridge's <c>start-uberconference</c>.</summary>
    public static Task<BridgeInbox<StartUberConference>> UberConferenceAsync(RabbitMqVirtualHost broker) =>
        OpenAsync<StartUberConference>(broker, "start-uberconference", command => command.ConferenceId);

    private static async Task<BridgeInbox<TCommand>> OpenAsync<TCommand>(RabbitMqVirtualHost broker, string queue, Func<TCommand, Guid> conferenceIdOf)
        where TCommand : class
    {
        var factory = new ConnectionFactory { HostName = "127.0.0.1", Port = 5672, UserName = "guest", Password = "guest", VirtualHost = broker.Name };
        var connection = await factory.CreateConnectionAsync();
        return new BridgeInbox<TCommand>(connection, await connection.CreateChannelAsync(), queue, conferenceIdOf);
    }
}
