using Conferencing.Contracts;
using Conferencing.HangoutBridge.Google;
using Xunit;

namespace Conferencing.HangoutBridge.Tests.Google;

public sealed class MeetCreationTests
{
    [Fact]
    public void Constructor_BothOrNeither_IsRefused()
    {
        var conference = new MeetConference("https://meet.google.com/abc-mnop-xyz", "abc-mnop-xyz", null);
        var failure = new MeetFailure(FailureReasons.ProviderFailed, false, "no");

        Assert.Throws<ArgumentException>(() => new MeetCreation(conference, failure));
        Assert.Throws<ArgumentException>(() => new MeetCreation(null, null));
    }

    [Fact]
    public void Factories_OneOutcome_SetExactlyThatOne()
    {
        var created = MeetCreation.Created(new MeetConference("https://meet.google.com/abc-mnop-xyz", null, null));
        var failed = MeetCreation.Failed(FailureReasons.ProviderUnavailable, true, "later");

        Assert.True(created.Succeeded);
        Assert.Null(created.Failure);
        Assert.False(failed.Succeeded);
        Assert.Equal(FailureReasons.ProviderUnavailable, failed.Failure?.ReasonCode);
    }
}
