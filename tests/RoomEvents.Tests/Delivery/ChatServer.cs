using WireMock.Server;
using WireMock.Settings;

namespace Conferencing.RoomEvents.Tests.Delivery;

/// <summary>
/// The chats' incoming webhooks of one test class: a WireMock.Net server in the test process (a class fixture), on which
/// each <see cref="ChatWebhook"/> has a path and a stub of its own, so that no test meets another's stubs or requests.
/// </summary>
public sealed class ChatServer : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings
    {
        PreWireMockMiddlewareInit = ConnectionReset.Install,
    });

    /// <summary>A webhook of its own, answering 200 "ok" until told otherwise; dispose it at the end of the test.</summary>
    public ChatWebhook NewWebhook() => new(_server, "/hooks/" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose() => _server.Dispose();
}
