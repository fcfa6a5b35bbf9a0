using Conferencing.Contracts;
using Conferencing.HangoutBridge.Domain;

namespace Conferencing.HangoutBridge.Tests.Domain;

public sealed class DomainPolicyTests
{
    private static readonly ChatMember Alice = new("u1", "Alice", "alice@acme.example");
    private static readonly ChatMember Bob = new("u2", "Bob", "Bob@ACME.example");
    private static readonly ChatMember Carol = new("u3", "Carol", "carol@gmail.example");
    private static readonly ChatMember Dave = new("u4", "Dave", "dave@eu.acme.example");

    [Fact]
    public void Decide_StarterInWorkspaceDomain_RestrictsAndListsOutsiders()
    {
        var access = DomainPolicy.Decide(Alice, "acme.example", [Alice, Bob, Carol, Dave]);

        Assert.Equal("acme.example", access.RestrictedToDomain);
        Assert.Equal([Carol, Dave], access.ExcludedMembers);
    }

    [Fact]
    public void Decide_StarterOutsideWorkspaceDomain_IsOpen()
    {
        var access = DomainPolicy.Decide(Carol, "acme.example", [Alice, Carol]);

        Assert.False(access.IsRestricted);
        Assert.Empty(access.ExcludedMembers);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Decide_TeamWithoutWorkspaceDomain_IsOpen(string? domain)
    {
        Assert.Equal(ConferenceAccess.Open, DomainPolicy.Decide(Alice, domain, [Alice, Carol]));
    }

    [Fact]
    public void Decide_DomainWrittenWithCapitalsOrAt_StillMatches()
    {
        var access = DomainPolicy.Decide(Bob, " @ACME.Example ", [Alice, Bob]);

        Assert.Equal("acme.example", access.RestrictedToDomain);
        Assert.Empty(access.ExcludedMembers);
    }

    [Theory]
    [InlineData("alice@acme.example", true)]
    [InlineData("ALICE@Acme.Example", true)]
    [InlineData("dave@eu.acme.example", false)]
    [InlineData("mallory@notacme.example", false)]
    [InlineData("acme.example", false)]
    [InlineData("@acme.example", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsInDomain_ComparesTheWholeDomainOnly(string? email, bool expected)
    {
        Assert.Equal(expected, DomainPolicy.IsInDomain(email, "acme.example"));
    }

    [Fact]
    public void Decide_MemberWithoutEmail_IsExcludedFromRestrictedConference()
    {
        var anonymous = new ChatMember("u9", "Guest", "");

        var access = DomainPolicy.Decide(Alice, "acme.example", [Alice, anonymous]);

        Assert.Equal([anonymous], access.ExcludedMembers);
    }
}
