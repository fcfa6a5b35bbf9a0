using Conferencing.RoomEvents.Api;
using Conferencing.RoomEvents.Conferences;

namespace Conferencing.RoomEvents.Tests.Conferences;

public sealed class RequestFingerprintTests
{
    [Fact]
    public void Of_SameProviderAndTopic_Same() =>
        Assert.Equal(RequestFingerprint.Of(new("google-hangout", "sync")), RequestFingerprint.Of(new("google-hangout", "sync")));

    [Theory]
    [InlineData("google-hangout", "other topic")]
    [InlineData("google-hangout", null)]
    [InlineData("uberconference", "sync")]
    public void Of_DifferentRequest_Differs(string provider, string? topic) =>
        Assert.NotEqual(RequestFingerprint.Of(new("google-hangout", "sync")), RequestFingerprint.Of(new StartConferenceRequest(provider, topic)));
}
