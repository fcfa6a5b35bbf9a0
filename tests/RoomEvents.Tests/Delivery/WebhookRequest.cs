using System.Text.Json;
using Conferencing.RoomEvents.Delivery;
using WireMock;

namespace Conferencing.RoomEvents.Tests.Delivery;

/// <summary>One request a <see cref="ChatWebhook"/> got: the message id header, the content type, the body, and whether it was accepted.</summary>
public sealed record WebhookRequest(string Method, Guid? MessageId, string? ContentType, string Body, bool Accepted)
{
    /// <summary>The body as JSON.</summary>
    public JsonElement Payload
    {
        get
        {
            using var payload = JsonDocument.Parse(Body);
            return payload.RootElement.Clone();
        }
    }

    public string Text => Payload.GetProperty("text").GetString()!;

    internal static WebhookRequest From(IRequestMessage request, bool accepted) => new(
        request.Method,
        Header(request, WebhookClient.MessageIdHeader) is { } messageId ? Guid.Parse(messageId) : null,
        Header(request, "Content-Type"),
        request.Body ?? "",
        accepted);

    private static string? Header(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
}
