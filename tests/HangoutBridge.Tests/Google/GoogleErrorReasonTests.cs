using Conferencing.HangoutBridge.Google;
using Xunit;

namespace Conferencing.HangoutBridge.Tests.Google;

public sealed class GoogleErrorReasonTests
{
    [Fact]
    public void Parse_CalendarErrorEnvelope_ReturnsFirstReason()
    {
        const string body = """
            {"error":{"errors":[{"domain":"usageLimits","reason":"userRateLimitExceeded","message":"User Rate Limit Exceeded"}],
             "code":403,"message":"User Rate Limit Exceeded"}}
            """;

        Assert.Equal("userRateLimitExceeded", GoogleErrorReason.Parse(body));
    }

    [Fact]
    public void Parse_Aip193ErrorInfo_ReturnsItsReason()
    {
        const string body = """
            {"error":{"code":429,"message":"Quota exceeded","status":"RESOURCE_EXHAUSTED",
             "details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"RATE_LIMIT_EXCEEDED","domain":"googleapis.com"}]}}
            """;

        Assert.Equal("RATE_LIMIT_EXCEEDED", GoogleErrorReason.Parse(body));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("<html>Service Unavailable</html>")]
    [InlineData("[]")]
    [InlineData("""{"error":"invalid_grant"}""")]
    [InlineData("""{"error":{"errors":[{"domain":"global"}],"code":403}}""")]
    public void Parse_BodyWithoutReason_ReturnsNull(string? body) => Assert.Null(GoogleErrorReason.Parse(body));
}
