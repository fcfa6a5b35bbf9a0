using Conferencing.RoomEvents.Api;
using Conferencing.RoomEvents.Validation;

namespace Conferencing.RoomEvents.Tests.Validation;

public sealed class TeamRequestValidatorTests
{
    private static readonly TeamRequest Valid = new(
        "Acme", "en", "example.com", ["U1", "U2"],
        new ProviderSettingsRequest(new ProviderSwitch(true, null), new ProviderSwitch(false, "123456")));

    [Fact]
    public void Validate_ValidTeam_NoErrors() =>
        Assert.True(TeamRequestValidator.Validate("T1", Valid).IsEmpty);

    [Theory]
    [InlineData("de")]
    [InlineData("EN")]
    [InlineData(null)]
    public void Validate_LocaleOtherThanEnOrRu_NamesLocale(string? locale) =>
        AssertOnlyField("locale", TeamRequestValidator.Validate("T1", Valid with { Locale = locale }));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Acme\nCorp")]
    [InlineData("Acme\u202Eproc")]
    [InlineData("Acme\u0000")]
    public void Validate_BadName_NamesName(string name) =>
        AssertOnlyField("name", TeamRequestValidator.Validate("T1", Valid with { Name = name }));

    [Fact]
    public void Validate_NameLongerThanLimit_NamesName() =>
        AssertOnlyField("name", TeamRequestValidator.Validate("T1", Valid with { Name = new string('a', InputErrors.MaxNameLength + 1) }));

    [Theory]
    [InlineData("not a domain")]
    [InlineData("example")]
    [InlineData("-example.com")]
    public void Validate_BadWorkspaceDomain_NamesIt(string domain) =>
        AssertOnlyField("googleWorkspaceDomain", TeamRequestValidator.Validate("T1", Valid with { GoogleWorkspaceDomain = domain }));

    [Fact]
    public void Validate_BadAdminId_NamesItsIndex() =>
        AssertOnlyField("admins[1]", TeamRequestValidator.Validate("T1", Valid with { Admins = ["U1", "bad id"] }));

    [Theory]
    [InlineData("12a456")]
    [InlineData("12")]
    public void Validate_BadUberConferencePin_NamesIt(string pin)
    {
        var request = Valid with { Providers = new ProviderSettingsRequest(null, new ProviderSwitch(true, pin)) };

        AssertOnlyField("providers.uberconference.pin", TeamRequestValidator.Validate("T1", request));
    }

    [Theory]
    [InlineData("")]
    [InlineData("T 1")]
    [InlineData("-T1")]
    public void Validate_BadTeamId_NamesTeamId(string teamId) =>
        AssertOnlyField("teamId", TeamRequestValidator.Validate(teamId, Valid));

    [Fact]
    public void Validate_NoBody_NamesBody() =>
        AssertOnlyField("body", TeamRequestValidator.Validate("T1", null));

    internal static void AssertOnlyField(string field, InputErrors errors) =>
        Assert.Equal([field], errors.ToDictionary().Keys);
}
