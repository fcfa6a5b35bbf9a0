using Conferencing.RoomEvents.Api;
using Conferencing.RoomEvents.Validation;

namespace Conferencing.RoomEvents.Tests.Validation;

public sealed class RoomRequestValidatorTests
{
    private static readonly RoomRequest Valid = new(
        "T1", "general", [new MemberRequest("U1", "Alice", "alice@example.com"), new MemberRequest("U2", "Bob", "bob@gmail.com")],
        "https://chat.example/hooks/1");

    [Fact]
    public void Validate_ValidRoom_NoErrors() =>
        Assert.True(RoomRequestValidator.Validate("C1", Valid).IsEmpty);

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("Alice <alice@example.com>")]
    [InlineData("alice@localhost")]
    [InlineData("alice@exa\u202Emple.com")]
    public void Validate_BadMemberEmail_NamesTheMembersEmail(string email)
    {
        var request = Valid with { Members = [new MemberRequest("U1", "Alice", email)] };

        TeamRequestValidatorTests.AssertOnlyField("members[0].email", RoomRequestValidator.Validate("C1", request));
    }

    [Fact]
    public void Validate_SameUserTwice_NamesTheSecond()
    {
        var request = Valid with { Members = [new MemberRequest("U1", "Alice", "a@example.com"), new MemberRequest("U1", "Alice", "a@example.com")] };

        TeamRequestValidatorTests.AssertOnlyField("members[1].userId", RoomRequestValidator.Validate("C1", request));
    }

    [Fact]
    public void Validate_MemberWithControlCharacterInName_NamesIt()
    {
        var request = Valid with { Members = [new MemberRequest("U1", "Alice\u0007", "a@example.com")] };

        TeamRequestValidatorTests.AssertOnlyField("members[0].name", RoomRequestValidator.Validate("C1", request));
    }

    [Theory]
    [InlineData("ftp://chat.example/hook")]
    [InlineData("/relative")]
    public void Validate_WebhookNotHttp_NamesIt(string url) =>
        TeamRequestValidatorTests.AssertOnlyField("webhookUrl", RoomRequestValidator.Validate("C1", Valid with { WebhookUrl = url }));

    [Fact]
    public void Validate_MissingTeamId_NamesIt() =>
        TeamRequestValidatorTests.AssertOnlyField("teamId", RoomRequestValidator.Validate("C1", Valid with { TeamId = null }));
}
