using Conferencing.Contracts;
using Conferencing.Testing;
using WireMock.ResponseBuilders;

namespace Conferencing.UberConferenceBridge.Tests.Dialpad;

/// <summary>A burst of starts shares one listing of the company's rooms; the (fake) clock decides when it is listed again.</summary>
public sealed class MeetingRoomDirectoryCacheTests : IClassFixture<DialpadServer>
{
    private readonly DialpadServer _dialpad;

    public MeetingRoomDirectoryCacheTests(DialpadServer dialpad)
    {
        _dialpad = dialpad;
        _dialpad.Clear();
    }

    [Fact]
    public async Task FindAsync_TwoStarts_OneListing()
    {
        await using var harness = DialpadHarness.Create(_dialpad);
        _dialpad.Rooms(DialpadRooms.Room("alice@acme.example"), DialpadRooms.Room("bob@acme.example"));

        var alice = await harness.FindAsync("alice@acme.example");
        var bob = await harness.FindAsync("bob@acme.example");

        Assert.True(alice.Found && bob.Found);
        Assert.Single(_dialpad.Listings);
    }

    [Fact]
    public async Task FindAsync_ManyStartsAtOnceWithEmptyCache_ShareOneListing()
    {
        await using var harness = DialpadHarness.Create(_dialpad);
        // Dialpad holds its answer until every start has asked: they all miss the cache at the same moment.
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _dialpad.AnyListing().RespondWith(Response.Create().WithCallback(async _ =>
        {
            await answer.Task;
            return DialpadServer.Message(200, DialpadServer.PageJson(null, DialpadRooms.Room("alice@acme.example")));
        }));

        var lookups = Enumerable.Range(0, 20).Select(_ => harness.FindAsync("alice@acme.example")).ToList();
        await harness.Wire.NextRequestAsync();
        answer.SetResult();

        Assert.All(await Task.WhenAll(lookups), lookup => Assert.True(lookup.Found, lookup.Failure?.Message));
        Assert.Single(_dialpad.Listings);
    }

    [Fact]
    public async Task FindAsync_AfterCacheDuration_ListsAgain()
    {
        await using var harness = DialpadHarness.Create(_dialpad);
        _dialpad.Rooms(DialpadRooms.Room("alice@acme.example"));
        await harness.FindAsync("alice@acme.example");
        harness.Clock.Advance(TimeSpan.FromSeconds(59));
        await harness.FindAsync("alice@acme.example");
        Assert.Single(_dialpad.Listings);

        harness.Clock.Advance(TimeSpan.FromSeconds(2));
        await harness.FindAsync("alice@acme.example");

        Assert.Equal(2, _dialpad.Listings.Count);
    }

    [Fact]
    public async Task FindAsync_StarterMissingFromOlderListing_ListsOnceMoreAndFindsTheNewRoom()
    {
        await using var harness = DialpadHarness.Create(_dialpad);
        _dialpad.PageRequest(null).InScenario("sign-up").WillSetStateTo("signed up")
            .RespondWith(DialpadServer.PageAnswer(null, DialpadRooms.Room("bob@acme.example")));
        _dialpad.PageRequest(null).InScenario("sign-up").WhenStateIs("signed up")
            .RespondWith(DialpadServer.PageAnswer(null, DialpadRooms.Room("bob@acme.example"), DialpadRooms.Room("alice@acme.example")));
        var before = await harness.FindAsync("alice@acme.example");

        harness.Clock.Advance(TimeSpan.FromSeconds(10));
        var after = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.NoMeetingRoom, before.Failure?.ReasonCode);
        Assert.True(after.Found, after.Failure?.Message);
        Assert.Equal(2, _dialpad.Listings.Count);
    }

    [Fact]
    public async Task FindAsync_StarterMissingFromRecentListing_NoExtraListing()
    {
        await using var harness = DialpadHarness.Create(_dialpad);
        _dialpad.Rooms(DialpadRooms.Room("bob@acme.example"));
        await harness.FindAsync("alice@acme.example");

        harness.Clock.Advance(TimeSpan.FromSeconds(9));
        var again = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.NoMeetingRoom, again.Failure?.ReasonCode);
        Assert.Single(_dialpad.Listings);
    }

    [Fact]
    public async Task FindAsync_ListingFailed_NextStartListsAgain()
    {
        await using var harness = DialpadHarness.Create(_dialpad, new Dictionary<string, string?> { ["UberConference:MaxAttempts"] = "1" });
        _dialpad.AnyListing().InScenario("outage").WillSetStateTo("recovered").RespondWith(Response.Create().WithStatusCode(503));
        _dialpad.PageRequest(null).InScenario("outage").WhenStateIs("recovered").RespondWith(DialpadServer.PageAnswer(null, DialpadRooms.Room("alice@acme.example")));
        var failed = await harness.FindAsync("alice@acme.example");

        var found = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.ProviderUnavailable, failed.Failure?.ReasonCode);
        Assert.True(found.Found, found.Failure?.Message);
    }
}
