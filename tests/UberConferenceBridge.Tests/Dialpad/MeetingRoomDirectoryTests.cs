using Conferencing.Contracts;
using Conferencing.Testing;

namespace Conferencing.UberConferenceBridge.Tests.Dialpad;

/// <summary>The lookup against WireMock answering as Dialpad API v2 does: the pages it walks, the key it presents, the room it picks.</summary>
public sealed class MeetingRoomDirectoryTests
{
    [Fact]
    public async Task FindAsync_RoomOnTheLastOfSeveralPages_WalksEveryPageAndFindsIt()
    {
        await using var harness = DialpadHarness.Create();
        var tenant = harness.Tenant;
        await tenant.StubAsync(DialpadRooms.Page(tenant, null, "page-2", DialpadRooms.Room("bob@acme.example"), DialpadRooms.Room("carol@acme.example")));
        await tenant.StubAsync(DialpadRooms.Page(tenant, "page-2", "page/3+", DialpadRooms.Room("dave@acme.example")));
        await tenant.StubAsync(DialpadRooms.Page(tenant, "page/3+", "", DialpadRooms.Room("alice@acme.example", "+15550100199")));

        var lookup = await harness.FindAsync("alice@acme.example");

        Assert.True(lookup.Found, lookup.Failure?.Message);
        Assert.Equal("https://meetings.dialpad.com/room/alice", lookup.JoinUrl);
        Assert.Equal("+15550100199", lookup.Room.Number);
        Assert.Equal(3, (await harness.ListingsAsync()).Count);
    }

    [Fact]
    public async Task ListRoomsAsync_SeveralPages_ReturnsEveryRoomInOrder()
    {
        await using var harness = DialpadHarness.Create();
        var tenant = harness.Tenant;
        await tenant.StubAsync(DialpadRooms.Page(tenant, null, "c2", DialpadRooms.Room("a@acme.example"), DialpadRooms.Room("b@acme.example")));
        await tenant.StubAsync(DialpadRooms.Page(tenant, "c2", null, DialpadRooms.Room("c@acme.example")));

        var rooms = await harness.Client.ListRoomsAsync(CancellationToken.None);

        Assert.Equal(["a@acme.example", "b@acme.example", "c@acme.example"], rooms.Select(room => room.Email));
        Assert.Equal(["room-a", "room-b", "room-c"], rooms.Select(room => room.Id));
    }

    [Fact]
    public async Task FindAsync_EveryRequest_CarriesTheKeyAsBearerToken()
    {
        await using var harness = DialpadHarness.Create();
        await harness.Tenant.StubAsync(DialpadRooms.Page(harness.Tenant, null, null, DialpadRooms.Room("alice@acme.example")));

        await harness.FindAsync("alice@acme.example");

        var request = Assert.Single(await harness.ListingsAsync());
        Assert.Equal("Bearer " + DialpadRooms.ApiKey, request.GetProperty("headers").GetProperty("Authorization").GetString());
        Assert.DoesNotContain(DialpadRooms.ApiKey, request.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindAsync_EmailInOtherCaseWithSpaces_FindsTheRoom()
    {
        await using var harness = DialpadHarness.Create();
        await harness.Tenant.StubAsync(DialpadRooms.Page(harness.Tenant, null, null, DialpadRooms.Room(" Alice@Acme.Example ")));

        var lookup = await harness.FindAsync("alice@acme.EXAMPLE");

        Assert.True(lookup.Found, lookup.Failure?.Message);
    }

    [Fact]
    public async Task FindAsync_EmptyCompany_NoMeetingRoomSayingWhatToDo()
    {
        await using var harness = DialpadHarness.Create();
        await harness.Tenant.StubAsync(DialpadRooms.Page(harness.Tenant, null, null));

        var lookup = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.NoMeetingRoom, lookup.Failure?.ReasonCode);
        Assert.False(lookup.Failure?.RetryMayHelp);
    }

    [Fact]
    public async Task FindAsync_StarterWithoutRoom_NoMeetingRoomNamingTheEmailAndWhatToDo()
    {
        await using var harness = DialpadHarness.Create();
        await harness.Tenant.StubAsync(DialpadRooms.Page(harness.Tenant, null, null, DialpadRooms.Room("bob@acme.example")));

        var lookup = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.NoMeetingRoom, lookup.Failure?.ReasonCode);
        Assert.Contains("Create an UberConference account with alice@acme.example", lookup.Failure?.Message, StringComparison.Ordinal);
        Assert.Contains("ask an admin", lookup.Failure?.Message, StringComparison.Ordinal);
        Assert.Single(await harness.ListingsAsync());
    }

    [Fact]
    public async Task FindAsync_RoomWithoutJoinUrl_ProviderFailed()
    {
        await using var harness = DialpadHarness.Create();
        await harness.Tenant.StubAsync(DialpadRooms.Page(harness.Tenant, null, null, DialpadRooms.Room("alice@acme.example", path: "not a url")));

        var lookup = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.ProviderFailed, lookup.Failure?.ReasonCode);
    }

    [Fact]
    public async Task FindAsync_CursorComesBack_ProviderFailedInsteadOfWalkingForever()
    {
        await using var harness = DialpadHarness.Create();
        var tenant = harness.Tenant;
        await tenant.StubAsync(DialpadRooms.Page(tenant, null, "again", DialpadRooms.Room("bob@acme.example")));
        await tenant.StubAsync(DialpadRooms.Page(tenant, "again", "again", DialpadRooms.Room("carol@acme.example")));

        var lookup = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.ProviderFailed, lookup.Failure?.ReasonCode);
        Assert.Contains("cursor", lookup.Failure?.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await harness.ListingsAsync()).Count);
    }
}
