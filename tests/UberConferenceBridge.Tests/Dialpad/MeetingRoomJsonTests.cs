using System.Text.Json;
using Conferencing.UberConferenceBridge.Dialpad;

namespace Conferencing.UberConferenceBridge.Tests.Dialpad;

/// <summary>A listing page as Dialpad's JSON (snake_case) reads into the bridge's records, with the client's own settings.</summary>
public sealed class MeetingRoomJsonTests
{
    private static readonly JsonSerializerOptions Json = DialpadRefitSettings.Json;

    [Theory]
    [InlineData("\"6283738183\"", "6283738183")]
    [InlineData("6283738183", "6283738183")]
    [InlineData("null", null)]
    public void Deserialize_IdAsStringOrNumber_ReadsEither(string id, string? expected)
    {
        var room = JsonSerializer.Deserialize<MeetingRoom>($$"""{"id": {{id}}, "email": "a@acme.example"}""", Json);

        Assert.Equal(expected, room?.Id);
    }

    [Fact]
    public void Deserialize_Page_ReadsCursorAndEveryField()
    {
        const string body = """
            {"cursor": "next-1", "items": [{"id": "1", "display_name": "Alice's room", "email": "alice@acme.example",
             "company_name": "Acme", "number": "+15550100199", "path": "https://meetings.dialpad.com/room/alice", "extra": true}]}
            """;

        var page = JsonSerializer.Deserialize<RoomPage>(body, Json)!;

        Assert.Equal("next-1", page.Cursor);
        Assert.Equal(
            new MeetingRoom("1", "Alice's room", "alice@acme.example", "Acme", "+15550100199", "https://meetings.dialpad.com/room/alice"),
            Assert.Single(page.Items!));
    }
}
