using System.Net.Http.Headers;
using Conferencing.Hosting.Http;

namespace Conferencing.Hosting.Tests.Http;

public sealed class RetryAfterDelayTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(30);

    [Fact]
    public void From_DeltaSeconds_WaitsThatLong() =>
        Assert.Equal(TimeSpan.FromSeconds(3), RetryAfterDelay.From(new RetryConditionHeaderValue(TimeSpan.FromSeconds(3)), Now, Ceiling));

    [Fact]
    public void From_HttpDate_WaitsUntilThen() =>
        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfterDelay.From(new RetryConditionHeaderValue(Now.AddSeconds(7)), Now, Ceiling));

    [Fact]
    public void From_LongerThanCeiling_IsCapped() =>
        Assert.Equal(Ceiling, RetryAfterDelay.From(new RetryConditionHeaderValue(TimeSpan.FromHours(1)), Now, Ceiling));

    [Fact]
    public void From_NoHeaderOrPastDate_LeavesItToTheBackOff()
    {
        Assert.Null(RetryAfterDelay.From(null, Now, Ceiling));
        Assert.Null(RetryAfterDelay.From(new RetryConditionHeaderValue(Now.AddSeconds(-5)), Now, Ceiling));
        Assert.Null(RetryAfterDelay.From(new RetryConditionHeaderValue(TimeSpan.Zero), Now, Ceiling));
    }
}
