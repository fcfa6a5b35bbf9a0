using System.Text;
using Conferencing.RoomEvents.Slack;

namespace Conferencing.RoomEvents.Tests.Slack;

public sealed class SlackSignatureTests
{
    // The worked example of Slack's "Verifying requests from Slack".
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar"
        + "&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands"
        + "%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");

    [Fact]
    public void Matches_SlacksDocumentedExample_True() =>
        Assert.True(SlackSignature.Matches(Secret, Timestamp, Body, Signature));

    [Fact]
    public void Matches_OneByteOfTheBodyChanged_False()
    {
        var tampered = (byte[])Body.Clone();
        tampered[^1] ^= 1;

        Assert.False(SlackSignature.Matches(Secret, Timestamp, tampered, Signature));
    }

    [Theory]
    [InlineData("1531420619", Signature)]
    [InlineData(Timestamp, "v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503")]
    [InlineData(Timestamp, "a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData(Timestamp, "v0=")]
    [InlineData(Timestamp, "")]
    [InlineData(Timestamp, null)]
    public void Matches_OtherTimestampOrSignature_False(string timestamp, string? signature) =>
        Assert.False(SlackSignature.Matches(Secret, timestamp, Body, signature));

    [Fact]
    public void Matches_OtherSecret_False() =>
        Assert.False(SlackSignature.Matches("another-secret", Timestamp, Body, Signature));

    [Theory]
    [InlineData(0, true)]
    [InlineData(-300, true)]
    [InlineData(300, true)]
    [InlineData(-301, false)]
    [InlineData(301, false)]
    public void IsFresh_WithinFiveMinutesEitherWay_True(int secondsFromNow, bool fresh)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_531_420_618);
        var timestamp = (1_531_420_618 + secondsFromNow).ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(fresh, SlackSignature.IsFresh(timestamp, now, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-number")]
    [InlineData("-1531420618")]
    [InlineData("1531420618.5")]
    [InlineData("99999999999999999999")]
    public void IsFresh_NotAUnixTime_False(string timestamp) =>
        Assert.False(SlackSignature.IsFresh(timestamp, DateTimeOffset.FromUnixTimeSeconds(1_531_420_618), out _));
}
