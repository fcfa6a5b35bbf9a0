using Conferencing.HangoutBridge.Google;

namespace Conferencing.HangoutBridge.Tests.Google;

public sealed class GoogleErrorMessageTests
{
    [Fact]
    public void Parse_CalendarErrorEnvelope_ReturnsItsMessage()
    {
        const string body = """
            {"error":{"errors":[{"domain":"global","reason":"invalid","message":"Invalid conference type value."}],
             "code":400,"message":"Invalid conference type value."}}
            """;

        Assert.Equal("Invalid conference type value.", GoogleErrorMessage.Parse(body));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("<html><body>Bad Gateway</body></html>")]
    [InlineData("""["error"]""")]
    [InlineData("""{"error":"invalid_grant"}""")]
    [InlineData("""{"error":{"code":400,"message":""}}""")]
    public void Parse_BodyWithoutAMessage_ReturnsNull(string? body) => Assert.Null(GoogleErrorMessage.Parse(body));
}
