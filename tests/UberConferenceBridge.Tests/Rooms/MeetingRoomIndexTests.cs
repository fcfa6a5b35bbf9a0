using Conferencing.UberConferenceBridge.Dialpad;
using Conferencing.UberConferenceBridge.Rooms;

namespace Conferencing.UberConferenceBridge.Tests.Rooms;

public sealed class MeetingRoomIndexTests
{
    private static MeetingRoom Room(string? email, string? path = "https://meetings.dialpad.com/room/x", string id = "1") =>
        new(id, "Room", email, "Acme", "+15550100199", path);

    [Theory]
    [InlineData("alice@acme.example")]
    [InlineData("ALICE@Acme.Example")]
    [InlineData("  alice@acme.example\t")]
    public void Find_SameEmailInAnyCaseOrWithSpaces_FindsTheRoom(string asked)
    {
        var index = MeetingRoomIndex.Build([Room("Alice@acme.example ", id: "7")]);

        Assert.Equal("7", index.Find(asked)?.Id);
    }

    [Theory]
    [InlineData("bob@acme.example")]
    [InlineData("alice@acme.example.org")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void Find_OtherOrNoEmail_FindsNothing(string? asked)
    {
        var index = MeetingRoomIndex.Build([Room("alice@acme.example"), Room(null), Room("  ")]);

        Assert.Null(index.Find(asked));
    }

    [Fact]
    public void Find_SeveralRoomsOfOneOwner_FirstThatCanBeJoinedWins()
    {
        var index = MeetingRoomIndex.Build([
            Room("alice@acme.example", path: null, id: "no-path"),
            Room("alice@acme.example", id: "first"),
            Room("ALICE@acme.example", id: "second"),
        ]);

        Assert.Equal("first", index.Find("alice@acme.example")?.Id);
    }

    [Fact]
    public void Count_EveryListedRoom_OwnedOrNot()
    {
        var index = MeetingRoomIndex.Build([Room("a@acme.example"), Room(null), Room("a@acme.example")]);

        Assert.Equal(3, index.Count);
    }

    [Theory]
    [InlineData("https://meetings.dialpad.com/room/alice", "https://meetings.dialpad.com/room/alice")]
    [InlineData(" https://uberconference.com/alice ", "https://uberconference.com/alice")]
    [InlineData("/room/alice", null)]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void JoinUrlOf_Path_OnlyAnAbsoluteHttpUrl(string? path, string? expected) =>
        Assert.Equal(expected, MeetingRoomIndex.JoinUrlOf(Room("a@acme.example", path)));
}
