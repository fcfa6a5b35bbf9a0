using System.Text.Json.Serialization;

namespace Conferencing.HangoutBridge.Google.CalendarApi;

/// <summary>Calendar v3's ConferenceRequestStatus.</summary>
public sealed class ConferenceRequestStatus
{
    public const string Pending = "pending";
    public const string Success = "success";
    public const string Failure = "failure";

    [JsonPropertyName("statusCode")]
    public string? StatusCode { get; set; }
}
