using System.Text;
using RabbitMQ.Client;

namespace Conferencing.Faults.Tests;

/// <summary>Messages no consumer can use, put straight onto a queue as a broken or hostile publisher would.</summary>
public static class PoisonMessages
{
    private const string MassTransitJson = "application/vnd.masstransit+json";

    /// <summary>The kinds injected, each with its content type and body.</summary>
    public static IReadOnlyList<(string Name, string ContentType, string Body)> Kinds { get; } =
    [
        ("not JSON", MassTransitJson, "this is not JSON {"),
        ("unknown message type", MassTransitJson,
            """{"messageId":"7d3c0000-0000-0000-0000-000000000001","messageType":["urn:message:Conferencing.Contracts:NoSuchMessage"],"message":{"x":1}}"""),
        ("wrong field types", MassTransitJson,
            """{"messageId":"7d3c0000-0000-0000-0000-000000000002","messageType":["urn:message:Conferencing.Contracts:StartGoogleHangout","urn:message:Conferencing.Contracts:StartUberConference","urn:message:Conferencing.Contracts:ConferenceStarted","urn:message:Conferencing.Contracts:ConferenceStartFailed"],"message":{"conferenceId":"not-a-guid","roomMembers":"nobody","starter":5}}"""),
        ("unsupported content type", "text/plain", "hello"),
    ];

    /// <summary>Publishes every kind once onto each queue (through the default exchange, so straight to the queue).</summary>
    public static async Task InjectAsync(string virtualHost, IReadOnlyList<string> queues)
    {
        var factory = new ConnectionFactory { HostName = "127.0.0.1", VirtualHost = virtualHost, UserName = "guest", Password = "guest" };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        foreach (var queue in queues)
        {
            foreach (var (_, contentType, body) in Kinds)
            {
                var properties = new BasicProperties { ContentType = contentType, Persistent = true, MessageId = Guid.NewGuid().ToString() };
                await channel.BasicPublishAsync("", queue, mandatory: true, properties, Encoding.UTF8.GetBytes(body));
            }
        }
    }
}
