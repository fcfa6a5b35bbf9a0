namespace Conferencing.Hosting.Tests;

public sealed class BrokerWedgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void IsWedged_NoMissedDeadline_No() => Assert.False(BrokerWedge.IsWedged(null, null, Now));

    [Fact]
    public void IsWedged_MissingForLessThanThePatience_No() =>
        Assert.False(BrokerWedge.IsWedged(Misses(BrokerWedge.Patience - TimeSpan.FromSeconds(1), TimeSpan.Zero), null, Now));

    [Fact]
    public void IsWedged_MissingForThePatienceAndStillMissing_Yes() =>
        Assert.True(BrokerWedge.IsWedged(Misses(BrokerWedge.Patience, TimeSpan.FromSeconds(2)), null, Now));

    [Fact]
    public void IsWedged_OneMissLongAgoAndNothingSentSince_No() =>
        Assert.False(BrokerWedge.IsWedged(Misses(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5)), null, Now));

    [Fact]
    public void IsWedged_BrokerSeenDownWithinThePatience_CountsFromThen() =>
        Assert.False(BrokerWedge.IsWedged(Misses(TimeSpan.FromMinutes(5), TimeSpan.Zero), Now - TimeSpan.FromSeconds(10), Now));

    [Fact]
    public void IsWedged_BrokerBackForThePatienceAndSendsStillMissing_Yes() =>
        Assert.True(BrokerWedge.IsWedged(Misses(TimeSpan.FromMinutes(5), TimeSpan.Zero), Now - BrokerWedge.Patience, Now));

    [Fact]
    public void Windows_OneMissedConfirmCannotBeAWedge()
    {
        Assert.True(BrokerWedge.Patience > BrokerDeadline.Confirm);
        Assert.True(BrokerWedge.Recent < BrokerWedge.Patience);
    }

    private static BrokerMisses Misses(TimeSpan firstAgo, TimeSpan lastAgo) => new(Now - firstAgo, Now - lastAgo);
}
