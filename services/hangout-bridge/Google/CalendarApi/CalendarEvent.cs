using System.Text.Json.Serialization;

namespace Conferencing.HangoutBridge.Google.CalendarApi;

/// <summary>Calendar v3's Event, with only the fields a Meet conference needs (System.Text.Json, through Refit).</summary>
public sealed class CalendarEvent
{
    /// <summary>Client-chosen on insert (base32hex), so that a repeated insert answers 409 instead of making a second event.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("summary")]
    public string? Summary { get; set; }

    [JsonPropertyName("start")]
    public EventDateTime? Start { get; set; }

    [JsonPropertyName("end")]
    public EventDateTime? End { get; set; }

    /// <summary><c>confirmed</c>, <c>tentative</c> or <c>cancelled</c> (a deleted event keeps its id).</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The Meet link once the conference exists; read-only.</summary>
    [JsonPropertyName("hangoutLink")]
    public string? HangoutLink { get; set; }

    [JsonPropertyName("conferenceData")]
    public ConferenceData? ConferenceData { get; set; }
}
