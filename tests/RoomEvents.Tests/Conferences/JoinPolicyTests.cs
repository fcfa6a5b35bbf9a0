using Conferencing.Contracts;
using Conferencing.RoomEvents.Conferences;
using Conferencing.RoomEvents.Storage;

namespace Conferencing.RoomEvents.Tests.Conferences;

public sealed class JoinPolicyTests
{
    [Theory]
    [InlineData("alice@example.com", true)]
    [InlineData("Alice@EXAMPLE.com", true)]
    [InlineData("bob@gmail.com", false)]
    [InlineData("eve@mail.example.com", false)]
    [InlineData("eve@example.com.evil.test", false)]
    public void MayJoin_RestrictedConference_OnlyTheDomainsAccounts(string email, bool expected) =>
        Assert.Equal(expected, JoinPolicy.MayJoin(Started("example.com"), Member(email)));

    [Fact]
    public void MayJoin_OpenConference_Anyone() =>
        Assert.True(JoinPolicy.MayJoin(Started(restrictedTo: null), Member("bob@gmail.com")));

    private static RoomMember Member(string email) => new() { UserId = "U9", Name = "Someone", Email = email };

    private static Conference Started(string? restrictedTo)
    {
        var conference = new Conference
        {
            Id = Guid.NewGuid(),
            TeamId = "T1",
            RoomId = "C1",
            Provider = ConferenceProviders.GoogleHangout,
            Starter = Member("alice@example.com"),
            RequestedAt = DateTimeOffset.UtcNow,
            LastSentAt = DateTimeOffset.UtcNow,
            NextSendAt = DateTimeOffset.UtcNow,
        };
        conference.MarkStarted(new ConferenceStarted(
            conference.Id, conference.Provider, "C1", "https://meet.google.com/abc-mnop-xyz", "abc-mnop-xyz", null, restrictedTo, [], DateTimeOffset.UtcNow));
        return conference;
    }
}
