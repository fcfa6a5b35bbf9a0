using Conferencing.RoomEvents.Redrive;

namespace Conferencing.RoomEvents.Tests.Redrive;

public sealed class RedriveScheduleTests
{
    private static readonly DateTimeOffset Requested = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan RedriveAfter = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(15);

    [Theory]
    [InlineData(0, 2)] // sent when accepted: RedriveAfter later
    [InlineData(2, 4)] // resent at 2 min: waits RedriveAfter again
    [InlineData(3, 6)] // resent at 3 min: waits the 3 min it had waited
    [InlineData(4, 8)]
    [InlineData(8, 12)] // resent at 8 min: waits at most 2 × RedriveAfter
    [InlineData(12, 15)] // GiveUpAfter comes first: due then, for its failure
    public void NextSendAt_GapsGrowUpToTwiceRedriveAfter(int sentMinute, int dueMinute) =>
        Assert.Equal(Requested.AddMinutes(dueMinute),
            RedriveSchedule.NextSendAt(Requested, Requested.AddMinutes(sentMinute), RedriveAfter, GiveUpAfter));

    [Theory]
    [InlineData(14, false)]
    [InlineData(15, true)]
    [InlineData(16, true)]
    public void IsOverdue_FromGiveUpAfter(int nowMinute, bool overdue) =>
        Assert.Equal(overdue, RedriveSchedule.IsOverdue(Requested, Requested.AddMinutes(nowMinute), GiveUpAfter));
}
