using Newtonsoft.Json;

namespace Conferencing.HangoutBridge.Google.CalendarApi;

/// <summary>Calendar v3's Event, with only the fields a Meet conference needs (Google.Apis serializes with Newtonsoft).</summary>
public sealed class CalendarEvent
{
    /// <summary>Client-chosen on insert (base32hex), so that a repeated insert answers 409 instead of making a second event.</summary>
    [JsonProperty("id")]
    public string? Id { get; set; }

    [JsonProperty("summary")]
    public string? Summary { get; set; }

    [JsonProperty("start")]
    public EventDateTime? Start { get; set; }

    [JsonProperty("end")]
    public EventDateTime? End { get; set; }

    /// <summary><c>confirmed</c>, <c>tentative</c> or <c>cancelled</c> (a deleted event keeps its id).</summary>
    [JsonProperty("status")]
    public string? Status { get; set; }

    /// <summary>The Meet link once the conference exists; read-only.</summary>
    [JsonProperty("hangoutLink")]
    public string? HangoutLink { get; set; }

    [JsonProperty("conferenceData")]
    public ConferenceData? ConferenceData { get; set; }
}
