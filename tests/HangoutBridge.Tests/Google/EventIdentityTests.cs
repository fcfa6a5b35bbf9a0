using Conferencing.HangoutBridge.Google;
using Xunit;

namespace Conferencing.HangoutBridge.Tests.Google;

public sealed class EventIdentityTests
{
    [Fact]
    public void EventIdFor_KnownConferenceId_IsItsBytesInBase32Hex()
    {
        // Python: base64.b32hexencode(uuid.UUID("0f8fad5b-...").bytes).rstrip("=").lower()
        Assert.Equal("1u7qqmuppd39v8b5e237ea4l1o", EventIdentity.EventIdFor(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")));
        Assert.Equal("00000000000000000000000000", EventIdentity.EventIdFor(Guid.Empty));
        Assert.Equal("vvvvvvvvvvvvvvvvvvvvvvvvvs", EventIdentity.EventIdFor(Guid.AllBitsSet));
    }

    [Fact]
    public void EventIdFor_AnyConferenceId_FollowsCalendarsRulesForClientIds()
    {
        for (var i = 0; i < 1000; i++)
        {
            var id = EventIdentity.EventIdFor(Guid.NewGuid());

            Assert.InRange(id.Length, 5, 1024);
            Assert.All(id, c => Assert.True(c is (>= 'a' and <= 'v') or (>= '0' and <= '9'), $"'{c}' is not base32hex"));
        }
    }

    [Fact]
    public void EventIdFor_SameConferenceId_IsTheSameEveryTimeAndDiffersForAnother()
    {
        var conferenceId = Guid.NewGuid();

        Assert.Equal(EventIdentity.EventIdFor(conferenceId), EventIdentity.EventIdFor(Guid.Parse(conferenceId.ToString())));
        Assert.NotEqual(EventIdentity.EventIdFor(conferenceId), EventIdentity.EventIdFor(Guid.NewGuid()));
    }

    [Fact]
    public void RequestIdFor_SameConferenceId_IsStable()
    {
        var conferenceId = Guid.NewGuid();

        Assert.Equal(conferenceId.ToString("D"), EventIdentity.RequestIdFor(conferenceId));
    }
}
