using Conferencing.Testing;

namespace Conferencing.EndToEnd.Tests;

/// <summary>Dialpad as WireMock plays it for the end-to-end tests: a company whose room listing has two pages and Alice's room on the second.</summary>
internal static class DialpadStub
{
    public const string AliceRoomUrl = "https://meetings.dialpad.com/room/alice-example";
    public const string AliceRoomNumber = "+15550100199";

    /// <summary>Bob's room on the first page, Alice's on the second; Carol (carol@gmail.example) has none.</summary>
    public static async Task RoomsAsync(WireMockTenant dialpad)
    {
        await dialpad.StubAsync(DialpadRooms.Page(dialpad, null, "page-2", DialpadRooms.Room("bob@acme.example", "+15550100100")));
        await dialpad.StubAsync(DialpadRooms.Page(dialpad, "page-2", null, DialpadRooms.Room("alice@acme.example", AliceRoomNumber, AliceRoomUrl)));
    }
}
