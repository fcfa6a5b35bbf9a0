using System.Text.Json.Serialization;

namespace Conferencing.HangoutBridge.Google.CalendarApi;

/// <summary>Calendar v3's ConferenceData: the create request on the way in, the conference's entry points on the way out.</summary>
public sealed class ConferenceData
{
    /// <summary>For Meet, the meeting code (<c>aaa-bbbb-ccc</c>).</summary>
    [JsonPropertyName("conferenceId")]
    public string? ConferenceId { get; set; }

    [JsonPropertyName("createRequest")]
    public CreateConferenceRequest? CreateRequest { get; set; }

    [JsonPropertyName("entryPoints")]
    public IList<EntryPoint>? EntryPoints { get; set; }
}
