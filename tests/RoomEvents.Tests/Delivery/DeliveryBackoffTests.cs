using Conferencing.RoomEvents.Delivery;

namespace Conferencing.RoomEvents.Tests.Delivery;

public sealed class DeliveryBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 32)]
    public void Delay_JitterInTheMiddle_DoublesPerFailure(int failedAttempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), DeliveryBackoff.Delay(failedAttempts, Base, Max, null, random: 0.5));

    [Theory]
    [InlineData(0.0, 800)]
    [InlineData(0.999999, 1200)]
    public void Delay_Jitter_WithinTwentyPercent(double random, int milliseconds) =>
        Assert.Equal(milliseconds, DeliveryBackoff.Delay(1, Base, Max, null, random).TotalMilliseconds, precision: 0);

    [Theory]
    [InlineData(10)]
    [InlineData(1000)]
    public void Delay_ManyFailures_CappedAtMaxJitterIncluded(int failedAttempts) =>
        Assert.Equal(Max, DeliveryBackoff.Delay(failedAttempts, Base, Max, null, random: 0.999999));

    [Fact]
    public void Delay_RetryAfterLongerThanBackoff_WaitsAsAsked() =>
        Assert.Equal(TimeSpan.FromSeconds(30), DeliveryBackoff.Delay(1, Base, Max, TimeSpan.FromSeconds(30), random: 0.5));

    [Fact]
    public void Delay_RetryAfterBeyondMax_CappedAtMax() =>
        Assert.Equal(Max, DeliveryBackoff.Delay(1, Base, Max, TimeSpan.FromHours(2), random: 0.5));
}
