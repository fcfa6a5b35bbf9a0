using Conferencing.RoomEvents.Api;
using Conferencing.RoomEvents.Validation;

namespace Conferencing.RoomEvents.Tests.Validation;

public sealed class StartConferenceRequestValidatorTests
{
    private static readonly StartConferenceRequest Valid = new("google-hangout", "Weekly sync");

    [Theory]
    [InlineData("google-hangout")]
    [InlineData("uberconference")]
    public void Validate_KnownProvider_NoErrors(string provider) =>
        Assert.True(StartConferenceRequestValidator.Validate("C1", "U1", "key-1", Valid with { Provider = provider }).IsEmpty);

    [Theory]
    [InlineData("zoom")]
    [InlineData("Google-Hangout")]
    [InlineData("")]
    [InlineData(null)]
    public void Validate_UnknownOrMissingProvider_NamesProvider(string? provider) =>
        TeamRequestValidatorTests.AssertOnlyField("provider", StartConferenceRequestValidator.Validate("C1", "U1", null, Valid with { Provider = provider }));

    [Fact]
    public void Validate_TopicOfExactlyTheLimit_NoErrors() =>
        Assert.True(StartConferenceRequestValidator.Validate("C1", "U1", null, Valid with { Topic = new string('t', InputErrors.MaxTopicLength) }).IsEmpty);

    [Theory]
    [InlineData(201)]
    [InlineData(5000)]
    public void Validate_TopicOverTheLimit_NamesTopic(int length) =>
        TeamRequestValidatorTests.AssertOnlyField("topic", StartConferenceRequestValidator.Validate("C1", "U1", null, Valid with { Topic = new string('t', length) }));

    [Theory]
    [InlineData("sync\u202Egnp.exe")]
    [InlineData("two\r\nlines")]
    [InlineData("bell\u0007")]
    public void Validate_TopicWithControlOrBidiCharacters_NamesTopic(string topic) =>
        TeamRequestValidatorTests.AssertOnlyField("topic", StartConferenceRequestValidator.Validate("C1", "U1", null, Valid with { Topic = topic }));

    [Fact]
    public void Validate_NoTopic_NoErrors() =>
        Assert.True(StartConferenceRequestValidator.Validate("C1", "U1", null, Valid with { Topic = null }).IsEmpty);

    [Fact]
    public void Validate_MissingActingUser_NamesTheHeader() =>
        TeamRequestValidatorTests.AssertOnlyField("X-User-Id", StartConferenceRequestValidator.Validate("C1", null, null, Valid));

    [Theory]
    [InlineData("")]
    [InlineData("ключ")]
    [InlineData("tab\tkey")]
    public void Validate_BadIdempotencyKey_NamesTheHeader(string key) =>
        TeamRequestValidatorTests.AssertOnlyField("Idempotency-Key", StartConferenceRequestValidator.Validate("C1", "U1", key, Valid));

    [Fact]
    public void Validate_IdempotencyKeyOverTheLimit_NamesTheHeader() =>
        TeamRequestValidatorTests.AssertOnlyField(
            "Idempotency-Key",
            StartConferenceRequestValidator.Validate("C1", "U1", new string('k', StartConferenceRequestValidator.MaxIdempotencyKeyLength + 1), Valid));
}
