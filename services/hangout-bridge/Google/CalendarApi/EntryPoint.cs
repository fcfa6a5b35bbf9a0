using System.Text.Json.Serialization;

namespace Conferencing.HangoutBridge.Google.CalendarApi;

/// <summary>Calendar v3's EntryPoint: one way into the conference.</summary>
public sealed class EntryPoint
{
    public const string Video = "video";
    public const string Phone = "phone";
    public const string More = "more";

    /// <summary><c>video</c>, <c>phone</c>, <c>sip</c> or <c>more</c>.</summary>
    [JsonPropertyName("entryPointType")]
    public string? EntryPointType { get; set; }

    /// <summary>For Meet's phone entry point, only the number: <c>tel:+44-20-3873-7654</c>.</summary>
    [JsonPropertyName("uri")]
    public string? Uri { get; set; }

    /// <summary>For a phone entry point, the number as people read it: <c>+44 20 3873 7654</c>.</summary>
    [JsonPropertyName("label")]
    public string? Label { get; set; }

    [JsonPropertyName("pin")]
    public string? Pin { get; set; }

    [JsonPropertyName("regionCode")]
    public string? RegionCode { get; set; }
}
