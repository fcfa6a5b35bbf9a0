using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.Testing;

namespace Conferencing.EndToEnd.Tests;

/// <summary>Reads a room's timeline through room-events' API, the way a chat client would.</summary>
internal static class Timeline
{
    public static async Task<IReadOnlyList<JsonElement>> MessagesAsync(HttpClient roomEvents, string roomId)
    {
        var messages = await roomEvents.GetFromJsonAsync<JsonElement>($"/api/rooms/{roomId}/messages");
        return [.. messages.EnumerateArray()];
    }

    /// <summary>Waits until the room shows a message about <paramref name="conferenceId"/> and returns it.</summary>
    public static async Task<JsonElement> AwaitMessageAsync(HttpClient roomEvents, string roomId, Guid conferenceId)
    {
        JsonElement? found = null;
        await Eventually.TrueAsync(async () =>
        {
            found = (await MessagesAsync(roomEvents, roomId)).FirstOrDefault(m => m.GetProperty("conferenceId").GetGuid() == conferenceId);
            return found.Value.ValueKind != JsonValueKind.Undefined;
        }, $"no message about conference {conferenceId} reached room {roomId}");
        return found!.Value;
    }
}
