using Conferencing.Contracts;
using Conferencing.Testing;
using WireMock.ResponseBuilders;

namespace Conferencing.UberConferenceBridge.Tests.Dialpad;

/// <summary>The lookup against WireMock.Net answering as Dialpad API v2 does: the pages it walks, the key it presents, the room it picks.</summary>
public sealed class MeetingRoomDirectoryTests : IClassFixture<DialpadServer>
{
    private readonly DialpadServer _dialpad;

    public MeetingRoomDirectoryTests(DialpadServer dialpad)
    {
        _dialpad = dialpad;
        _dialpad.Clear();
    }

    [Fact]
    public async Task FindAsync_RoomOnTheLastOfSeveralPages_WalksEveryPageAndFindsIt()
    {
        await using var harness = DialpadHarness.Create(_dialpad);
        _dialpad.Page(null, "page-2", DialpadRooms.Room("bob@acme.example"), DialpadRooms.Room("carol@acme.example"));
        _dialpad.Page("page-2", "page/3+", DialpadRooms.Room("dave@acme.example"));
        _dialpad.Page("page/3+", "", DialpadRooms.Room("alice@acme.example", "+15550100199"));

        var lookup = await harness.FindAsync("alice@acme.example");

        Assert.True(lookup.Found, lookup.Failure?.Message);
        Assert.Equal("https://meetings.dialpad.com/room/alice", lookup.JoinUrl);
        Assert.Equal("+15550100199", lookup.Room.Number);
        Assert.Equal(3, _dialpad.Listings.Count);
    }

    [Fact]
    public async Task ListAsync_SeveralPages_ReturnsEveryRoomInOrder()
    {
        await using var harness = DialpadHarness.Create(_dialpad);
        _dialpad.Page(null, "c2", DialpadRooms.Room("a@acme.example"), DialpadRooms.Room("b@acme.example"));
        _dialpad.Page("c2", null, DialpadRooms.Room("c@acme.example"));

        var rooms = await harness.CompanyRooms.ListAsync(CancellationToken.None);

        Assert.Equal(["a@acme.example", "b@acme.example", "c@acme.example"], rooms.Select(room => room.Email));
        Assert.Equal(["room-a", "room-b", "room-c"], rooms.Select(room => room.Id));
    }

    [Fact]
    public async Task ListAsync_BaseUriWithAPath_ListsUnderThatPath()
    {
        // The end-to-end suites give every test a tenant prefix on one WireMock; the listing must stay under it.
        await using var harness = DialpadHarness.Create(_dialpad, new Dictionary<string, string?>
        {
            ["UberConference:BaseUri"] = _dialpad.BaseUri + "tenant-7",
        });
        _dialpad.PageRequest(null, "/tenant-7" + DialpadServer.RoomsPath).RespondWith(DialpadServer.PageAnswer(null, DialpadRooms.Room("a@acme.example")));

        var rooms = await harness.CompanyRooms.ListAsync(CancellationToken.None);

        Assert.Equal("a@acme.example", Assert.Single(rooms).Email);
    }

    [Fact]
    public async Task FindAsync_EveryRequest_CarriesTheKeyAsBearerTokenAndAsksForJson()
    {
        await using var harness = DialpadHarness.Create(_dialpad);
        _dialpad.Rooms(DialpadRooms.Room("alice@acme.example"));

        await harness.FindAsync("alice@acme.example");

        var request = Assert.Single(_dialpad.Listings);
        Assert.Equal(["Bearer " + DialpadRooms.ApiKey], request.Headers!["Authorization"]);
        Assert.Equal(["application/json"], request.Headers["Accept"]);
        Assert.DoesNotContain(DialpadRooms.ApiKey, request.Url, StringComparison.Ordinal);
        Assert.Empty(request.Query ?? new Dictionary<string, WireMock.Types.WireMockList<string>>());
    }

    [Fact]
    public async Task FindAsync_EmailInOtherCaseWithSpaces_FindsTheRoom()
    {
        await using var harness = DialpadHarness.Create(_dialpad);
        _dialpad.Rooms(DialpadRooms.Room(" Alice@Acme.Example "));

        var lookup = await harness.FindAsync("alice@acme.EXAMPLE");

        Assert.True(lookup.Found, lookup.Failure?.Message);
    }

    [Fact]
    public async Task FindAsync_EmptyCompany_NoMeetingRoomSayingWhatToDo()
    {
        await using var harness = DialpadHarness.Create(_dialpad);
        _dialpad.Rooms();

        var lookup = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.NoMeetingRoom, lookup.Failure?.ReasonCode);
        Assert.False(lookup.Failure?.RetryMayHelp);
    }

    [Fact]
    public async Task FindAsync_StarterWithoutRoom_NoMeetingRoomNamingTheEmailAndWhatToDo()
    {
        await using var harness = DialpadHarness.Create(_dialpad);
        _dialpad.Rooms(DialpadRooms.Room("bob@acme.example"));

        var lookup = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.NoMeetingRoom, lookup.Failure?.ReasonCode);
        Assert.Contains("Create an UberConference account with alice@acme.example", lookup.Failure?.Message, StringComparison.Ordinal);
        Assert.Contains("ask an admin", lookup.Failure?.Message, StringComparison.Ordinal);
        Assert.Single(_dialpad.Listings);
    }

    [Fact]
    public async Task FindAsync_RoomWithoutJoinUrl_ProviderFailed()
    {
        await using var harness = DialpadHarness.Create(_dialpad);
        _dialpad.Rooms(DialpadRooms.Room("alice@acme.example", path: "not a url"));

        var lookup = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.ProviderFailed, lookup.Failure?.ReasonCode);
    }

    [Fact]
    public async Task FindAsync_CursorComesBack_ProviderFailedInsteadOfWalkingForever()
    {
        await using var harness = DialpadHarness.Create(_dialpad);
        _dialpad.Page(null, "again", DialpadRooms.Room("bob@acme.example"));
        _dialpad.Page("again", "again", DialpadRooms.Room("carol@acme.example"));

        var lookup = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.ProviderFailed, lookup.Failure?.ReasonCode);
        Assert.Contains("cursor", lookup.Failure?.Message, StringComparison.Ordinal);
        Assert.Equal(2, _dialpad.Listings.Count);
    }

    [Fact]
    public async Task FindAsync_EmptyBodyOnSuccess_ProviderFailedNamingTheBaseUri()
    {
        await using var harness = DialpadHarness.Create(_dialpad);
        _dialpad.AnyListing().RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("null"));

        var lookup = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.ProviderFailed, lookup.Failure?.ReasonCode);
        Assert.Contains("UberConference:BaseUri", lookup.Failure?.Message, StringComparison.Ordinal);
    }
}
