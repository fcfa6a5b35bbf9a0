using System.Globalization;
using System.Text.Json.Serialization;

namespace Conferencing.HangoutBridge.Google.CalendarApi;

/// <summary>Calendar v3's EventDateTime: an RFC 3339 instant (kept a string, as Google sends it).</summary>
public sealed class EventDateTime
{
    [JsonPropertyName("dateTime")]
    public string? DateTime { get; set; }

    /// <summary>In UTC with a <c>Z</c>, so that no time zone name is needed.</summary>
    public static EventDateTime At(DateTimeOffset instant) => new()
    {
        DateTime = instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
    };
}
