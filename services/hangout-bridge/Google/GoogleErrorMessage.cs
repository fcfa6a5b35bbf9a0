using System.Text.Json;

namespace Conferencing.HangoutBridge.Google;

/// <summary>Finds the sentence a Google error body gives for people (<c>error.message</c>), which goes into the room's failure notice.</summary>
public static class GoogleErrorMessage
{
    /// <summary><c>error.message</c> of Google's error envelope; null when the body has none (or is not JSON).</summary>
    public static string? Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return null;
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("message", out var message)
                && message.ValueKind == JsonValueKind.String
                && message.GetString() is { Length: > 0 } text
                    ? text
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
