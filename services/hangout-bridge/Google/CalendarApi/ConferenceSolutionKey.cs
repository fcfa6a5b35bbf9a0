using System.Text.Json.Serialization;

namespace Conferencing.HangoutBridge.Google.CalendarApi;

/// <summary>Calendar v3's ConferenceSolutionKey.</summary>
public sealed class ConferenceSolutionKey
{
    /// <summary>Google Meet; the Hangouts types are deprecated and new conferences of them cannot be made.</summary>
    public const string HangoutsMeet = "hangoutsMeet";

    [JsonPropertyName("type")]
    public string? Type { get; set; }
}
