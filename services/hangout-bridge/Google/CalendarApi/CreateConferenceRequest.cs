using System.Text.Json.Serialization;

namespace Conferencing.HangoutBridge.Google.CalendarApi;

/// <summary>Calendar v3's CreateConferenceRequest: asks Google to make a conference for the event, asynchronously.</summary>
public sealed class CreateConferenceRequest
{
    /// <summary>Google ignores a create request whose id it has seen, so a retry never makes a second conference.</summary>
    [JsonPropertyName("requestId")]
    public string? RequestId { get; set; }

    [JsonPropertyName("conferenceSolutionKey")]
    public ConferenceSolutionKey? ConferenceSolutionKey { get; set; }

    /// <summary>Read-only: <c>pending</c>, <c>success</c> or <c>failure</c>.</summary>
    [JsonPropertyName("status")]
    public ConferenceRequestStatus? Status { get; set; }
}
