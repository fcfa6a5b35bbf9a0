using Conferencing.RoomEvents.Redrive;

namespace Conferencing.RoomEvents.Tests.Redrive;

public sealed class RedriveScheduleTests
{
    private static readonly DateTimeOffset Requested = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan RedriveAfter = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(15);

    [Theory]
    [InlineData(0, 1, false)] // sent once, a minute ago
    [InlineData(0, 2, true)] // RedriveAfter has passed
    [InlineData(2, 3, false)] // resent at 2 min: waits RedriveAfter again
    [InlineData(2, 4, true)]
    [InlineData(4, 7, false)] // resent at 4 min: waits 4 min, the time it had waited
    [InlineData(4, 8, true)]
    [InlineData(8, 11, false)] // resent at 8 min: waits at most 2 × RedriveAfter
    [InlineData(8, 12, true)]
    [InlineData(14, 15, true)] // GiveUpAfter: due for its failure, whatever the back-off says
    public void IsDue_GapsGrowUpToTwiceRedriveAfter(int lastSentMinute, int nowMinute, bool due) =>
        Assert.Equal(due, RedriveSchedule.IsDue(
            Requested, Requested.AddMinutes(lastSentMinute), Requested.AddMinutes(nowMinute), RedriveAfter, GiveUpAfter));
}
