using Conferencing.Contracts;
using Conferencing.Testing;

namespace Conferencing.UberConferenceBridge.Tests.Dialpad;

/// <summary>A burst of starts shares one listing of the company's rooms; the clock decides when it is listed again.</summary>
public sealed class MeetingRoomDirectoryCacheTests
{
    [Fact]
    public async Task FindAsync_TwoStarts_OneListing()
    {
        await using var harness = DialpadHarness.Create();
        await harness.Tenant.StubAsync(DialpadRooms.Page(harness.Tenant, null, null,
            DialpadRooms.Room("alice@acme.example"), DialpadRooms.Room("bob@acme.example")));

        var alice = await harness.FindAsync("alice@acme.example");
        var bob = await harness.FindAsync("bob@acme.example");

        Assert.True(alice.Found && bob.Found);
        Assert.Single(await harness.ListingsAsync());
    }

    [Fact]
    public async Task FindAsync_ManyStartsAtOnceWithEmptyCache_ShareOneListing()
    {
        await using var harness = DialpadHarness.Create();
        var slow = DialpadRooms.Page(harness.Tenant, null, null, DialpadRooms.Room("alice@acme.example"));
        slow["response"]!["fixedDelayMilliseconds"] = 300;
        await harness.Tenant.StubAsync(slow);

        var lookups = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => harness.FindAsync("alice@acme.example")));

        Assert.All(lookups, lookup => Assert.True(lookup.Found, lookup.Failure?.Message));
        Assert.Single(await harness.ListingsAsync());
    }

    [Fact]
    public async Task FindAsync_AfterCacheDuration_ListsAgain()
    {
        var clock = new ManualClock();
        await using var harness = DialpadHarness.Create(clock: clock);
        await harness.Tenant.StubAsync(DialpadRooms.Page(harness.Tenant, null, null, DialpadRooms.Room("alice@acme.example")));
        await harness.FindAsync("alice@acme.example");
        clock.Advance(TimeSpan.FromSeconds(59));
        await harness.FindAsync("alice@acme.example");

        clock.Advance(TimeSpan.FromSeconds(2));
        await harness.FindAsync("alice@acme.example");

        Assert.Equal(2, (await harness.ListingsAsync()).Count);
    }

    [Fact]
    public async Task FindAsync_StarterMissingFromOlderListing_ListsOnceMoreAndFindsTheNewRoom()
    {
        var clock = new ManualClock();
        await using var harness = DialpadHarness.Create(clock: clock);
        var tenant = harness.Tenant;
        await tenant.StubAsync(DialpadRooms.Page(tenant, null, null, DialpadRooms.Room("bob@acme.example")).InScenario(tenant, "Started", "Signed up"));
        await tenant.StubAsync(DialpadRooms.Page(tenant, null, null, DialpadRooms.Room("bob@acme.example"), DialpadRooms.Room("alice@acme.example"))
            .InScenario(tenant, "Signed up"));
        var before = await harness.FindAsync("alice@acme.example");

        clock.Advance(TimeSpan.FromSeconds(10));
        var after = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.NoMeetingRoom, before.Failure?.ReasonCode);
        Assert.True(after.Found, after.Failure?.Message);
        Assert.Equal(2, (await harness.ListingsAsync()).Count);
    }

    [Fact]
    public async Task FindAsync_StarterMissingFromRecentListing_NoExtraListing()
    {
        var clock = new ManualClock();
        await using var harness = DialpadHarness.Create(clock: clock);
        await harness.Tenant.StubAsync(DialpadRooms.Page(harness.Tenant, null, null, DialpadRooms.Room("bob@acme.example")));
        await harness.FindAsync("alice@acme.example");

        clock.Advance(TimeSpan.FromSeconds(9));
        var again = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.NoMeetingRoom, again.Failure?.ReasonCode);
        Assert.Single(await harness.ListingsAsync());
    }

    [Fact]
    public async Task FindAsync_ListingFailed_NextStartListsAgain()
    {
        await using var harness = DialpadHarness.Create(new Dictionary<string, string?> { ["UberConference:MaxAttempts"] = "1" });
        var tenant = harness.Tenant;
        await tenant.StubAsync(DialpadRooms.Answer(tenant, 503).InScenario(tenant, "Started", "Recovered"));
        await tenant.StubAsync(DialpadRooms.Page(tenant, null, null, DialpadRooms.Room("alice@acme.example")).InScenario(tenant, "Recovered"));
        var failed = await harness.FindAsync("alice@acme.example");

        var found = await harness.FindAsync("alice@acme.example");

        Assert.Equal(FailureReasons.ProviderUnavailable, failed.Failure?.ReasonCode);
        Assert.True(found.Found, found.Failure?.Message);
    }
}
