using System.Text.Json.Serialization;

namespace Conferencing.UberConferenceBridge.Dialpad;

/// <summary>Dialpad's <c>RoomProto</c>, "an UberConference room", as the listing returns it; any field may be missing.</summary>
/// <param name="Id">The room's id (Dialpad may send a number or a string).</param>
/// <param name="DisplayName">The room's name.</param>
/// <param name="Email">The email of the room's owner: how a starter finds their room.</param>
/// <param name="CompanyName">The company that owns the room.</param>
/// <param name="Number">The E.164 dial-in number, or null when the room has none.</param>
/// <param name="Path">The room's access URL: where a browser joins.</param>
public sealed record MeetingRoom(
    [property: JsonConverter(typeof(StringOrNumberConverter))] string? Id,
    string? DisplayName,
    string? Email,
    string? CompanyName,
    string? Number,
    string? Path);
