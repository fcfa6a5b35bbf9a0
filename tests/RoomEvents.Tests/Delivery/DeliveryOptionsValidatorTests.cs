using Conferencing.RoomEvents.Delivery;

namespace Conferencing.RoomEvents.Tests.Delivery;

public sealed class DeliveryOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed() =>
        Assert.True(new DeliveryOptionsValidator().Validate(null, new DeliveryOptions()).Succeeded);

    [Fact]
    public void Validate_LeaseNotLongerThanAttemptTimeout_FailsNamingBothKeys()
    {
        var result = new DeliveryOptionsValidator().Validate(null, new DeliveryOptions
        {
            AttemptTimeout = TimeSpan.FromSeconds(30),
            LeaseDuration = TimeSpan.FromSeconds(30),
        });

        var failure = Assert.Single(result.Failures!);
        Assert.Contains("RoomEvents:Delivery:LeaseDuration", failure, StringComparison.Ordinal);
        Assert.Contains("RoomEvents:Delivery:AttemptTimeout", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadValues_OneMessagePerKey()
    {
        var result = new DeliveryOptionsValidator().Validate(null, new DeliveryOptions
        {
            PollInterval = TimeSpan.Zero,
            RetryBaseDelay = TimeSpan.FromSeconds(10),
            RetryMaxDelay = TimeSpan.FromSeconds(1),
            PermanentFailureAttempts = 0,
            MaxConcurrentRooms = 0,
            KeepFinishedFor = TimeSpan.FromSeconds(-1),
        });

        Assert.Equal(
            ["PollInterval", "RetryMaxDelay", "PermanentFailureAttempts", "MaxConcurrentRooms", "KeepFinishedFor"],
            result.Failures!.Select(f => f.Split(' ')[0].Split(':')[^1]));
    }
}
