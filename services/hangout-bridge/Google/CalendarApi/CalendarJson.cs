using System.Text.Json;
using System.Text.Json.Serialization;
using Refit;

namespace Conferencing.HangoutBridge.Google.CalendarApi;

/// <summary>
/// How Calendar's JSON is read and written: unset fields are left out, as Google.Apis did, so an insert carries only what
/// we set; a body goes out whole with its Content-Length (buffered), as before, rather than chunked.
/// </summary>
public static class CalendarJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static RefitSettings Settings() => new(new SystemTextJsonContentSerializer(Options)) { Buffered = true };
}
