using System.Text.Json;

namespace Conferencing.HangoutBridge.Google;

/// <summary>Finds the machine-readable reason in a Google error body, which is all that tells a rate-limit 403 from a refusal.</summary>
public static class GoogleErrorReason
{
    /// <summary>
    /// <c>error.errors[0].reason</c> of Calendar's error envelope, else the <c>reason</c> of an AIP-193
    /// <c>google.rpc.ErrorInfo</c> in <c>error.details</c>; null when the body holds neither (or is not JSON).
    /// </summary>
    public static string? Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("error", out var error)
                || error.ValueKind != JsonValueKind.Object)
                return null;
            return FirstReason(error, "errors") ?? FirstReason(error, "details");
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? FirstReason(JsonElement error, string listName)
    {
        if (!error.TryGetProperty(listName, out var list) || list.ValueKind != JsonValueKind.Array)
            return null;
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object
                && item.TryGetProperty("reason", out var reason)
                && reason.ValueKind == JsonValueKind.String
                && reason.GetString() is { Length: > 0 } text)
                return text;
        }
        return null;
    }
}
