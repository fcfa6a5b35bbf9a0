namespace Conferencing.RoomEvents.Tests;

public sealed class RoomEventsOptionsValidatorTests
{
    [Fact]
    public void Validate_NoApiKeys_FailsNamingTheKey()
    {
        var result = new RoomEventsOptionsValidator().Validate(null, new RoomEventsOptions());

        Assert.True(result.Failed);
        Assert.Contains("RoomEvents:ApiKeys", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GiveUpNotLongerThanRedrive_FailsNamingBothKeys()
    {
        var options = new RoomEventsOptions { ApiKeys = ["k"], RedriveAfter = TimeSpan.FromMinutes(5), GiveUpAfter = TimeSpan.FromMinutes(5) };

        var result = new RoomEventsOptionsValidator().Validate(null, options);

        Assert.Contains("RoomEvents:GiveUpAfter", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("RoomEvents:RedriveAfter", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HousekeepingTooShort_FailsNamingEachKey()
    {
        var options = new RoomEventsOptions { ApiKeys = ["k"], IdempotencyKeyLifetime = TimeSpan.FromSeconds(59), HousekeepingEvery = TimeSpan.Zero };

        var result = new RoomEventsOptionsValidator().Validate(null, options);

        Assert.Equal(2, result.Failures!.Count());
        Assert.Contains("RoomEvents:IdempotencyKeyLifetime", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("RoomEvents:HousekeepingEvery", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Defaults_WithAKey_Succeed() =>
        Assert.True(new RoomEventsOptionsValidator().Validate(null, new RoomEventsOptions { ApiKeys = ["k"] }).Succeeded);
}
