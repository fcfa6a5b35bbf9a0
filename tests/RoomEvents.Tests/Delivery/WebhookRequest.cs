using System.Text.Json;

namespace Conferencing.RoomEvents.Tests.Delivery;

/// <summary>One POST a chat webhook got, as WireMock logged it: the message id header, when, and the payload.</summary>
public sealed record WebhookRequest(Guid? MessageId, DateTimeOffset LoggedAt, JsonElement Payload)
{
    public string Text => Payload.GetProperty("text").GetString()!;

    public static WebhookRequest From(JsonElement request)
    {
        Guid? messageId = null;
        if (request.GetProperty("headers").TryGetProperty("X-Conferencing-Message-Id", out var header))
            messageId = Guid.Parse(header.ValueKind == JsonValueKind.Array ? header[0].GetString()! : header.GetString()!);
        var loggedAt = DateTimeOffset.FromUnixTimeMilliseconds(request.GetProperty("loggedDate").GetInt64());
        using var payload = JsonDocument.Parse(request.GetProperty("body").GetString()!);
        return new WebhookRequest(messageId, loggedAt, payload.RootElement.Clone());
    }
}
