using Conferencing.HangoutBridge.Google;
using Xunit;

namespace Conferencing.HangoutBridge.Tests.Google;

public sealed class GoogleRetryClassificationTests
{
    [Theory]
    [InlineData(408, null)]
    [InlineData(429, null)]
    [InlineData(429, "rateLimitExceeded")]
    [InlineData(500, "backendError")]
    [InlineData(502, null)]
    [InlineData(503, null)]
    [InlineData(504, null)]
    [InlineData(403, "rateLimitExceeded")]
    [InlineData(403, "userRateLimitExceeded")]
    public void IsTransient_TimeoutRateLimitOrServerError_IsRetried(int status, string? reason) =>
        Assert.True(GoogleRetryClassification.IsTransient(status, reason));

    [Theory]
    [InlineData(200, null)]
    [InlineData(400, "invalid")]
    [InlineData(401, "authError")]
    [InlineData(403, null)]
    [InlineData(403, "forbidden")]
    [InlineData(403, "quotaExceeded")]
    [InlineData(403, "forbiddenForServiceAccounts")]
    [InlineData(403, "RATELIMITEXCEEDED")]
    [InlineData(404, "notFound")]
    [InlineData(409, "duplicate")]
    [InlineData(410, null)]
    public void IsTransient_AnswerThatARetryWouldRepeat_IsNotRetried(int status, string? reason) =>
        Assert.False(GoogleRetryClassification.IsTransient(status, reason));
}
