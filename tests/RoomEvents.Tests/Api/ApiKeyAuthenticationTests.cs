using Conferencing.RoomEvents.Api;

namespace Conferencing.RoomEvents.Tests.Api;

public sealed class ApiKeyAuthenticationTests
{
    private static readonly string[] Keys = ["first-key-0123456789", "second-key-9876543210"];

    [Theory]
    [InlineData("first-key-0123456789")]
    [InlineData("second-key-9876543210")]
    public void IsConfiguredKey_AnyConfiguredKey_True(string presented) =>
        Assert.True(ApiKeyAuthentication.IsConfiguredKey(presented, Keys));

    [Theory]
    [InlineData("first-key")]
    [InlineData("first-key-01234567890")]
    [InlineData("FIRST-KEY-0123456789")]
    [InlineData("")]
    public void IsConfiguredKey_AnythingElse_False(string presented) =>
        Assert.False(ApiKeyAuthentication.IsConfiguredKey(presented, Keys));
}
