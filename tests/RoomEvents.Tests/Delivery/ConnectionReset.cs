using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;

namespace Conferencing.RoomEvents.Tests.Delivery;

/// <summary>
/// Plays "connection reset by peer" on a WireMock.Net server, which has no such fault: its EMPTY_RESPONSE and
/// MALFORMED_RESPONSE_CHUNK still send the status line and headers, and the webhook client, which reads only those, takes
/// them for an answer. A response marked with <see cref="Header"/> never leaves: its connection is reset instead.
/// </summary>
public static class ConnectionReset
{
    public const string Header = "X-Test-Connection-Reset";

    /// <summary>For <c>WireMockServerSettings.PreWireMockMiddlewareInit</c>, which hands over the server's application builder.</summary>
    public static void Install(object app) => ((IApplicationBuilder)app).Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            if (context.Response.Headers.ContainsKey(Header))
                Reset(context);
            return Task.CompletedTask;
        });
        await next(context);
    });

    // Closed with a zero linger, the socket sends RST at once, as a peer that drops the connection does; then Kestrel
    // gives up on the request.
    private static void Reset(HttpContext context)
    {
        context.Features.Get<IConnectionSocketFeature>()?.Socket.Close(timeout: 0);
        context.Abort();
    }
}
