using Newtonsoft.Json;

namespace Conferencing.HangoutBridge.Google.CalendarApi;

/// <summary>Calendar v3's ConferenceData: the create request on the way in, the conference's entry points on the way out.</summary>
public sealed class ConferenceData
{
    /// <summary>For Meet, the meeting code (<c>aaa-bbbb-ccc</c>).</summary>
    [JsonProperty("conferenceId")]
    public string? ConferenceId { get; set; }

    [JsonProperty("createRequest")]
    public CreateConferenceRequest? CreateRequest { get; set; }

    [JsonProperty("entryPoints")]
    public IList<EntryPoint>? EntryPoints { get; set; }
}
