using System.Net;
using Conferencing.HangoutBridge.Google;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

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

    [Theory]
    [InlineData("userRateLimitExceeded", true)]
    [InlineData("rateLimitExceeded", true)]
    [InlineData("quotaExceeded", false)]
    [InlineData("forbidden", false)]
    public async Task IsTransientAsync_Forbidden_JudgedByTheReasonInItsBody(string reason, bool transient)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Forbidden)
        {
            Content = new StringContent($$$"""{"error":{"errors":[{"domain":"usageLimits","reason":"{{{reason}}}"}],"code":403,"message":"no"}}"""),
        };

        Assert.Equal(transient, await GoogleRetryClassification.IsTransientAsync(Outcome.FromResult(response)));
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsTransientAsync_ForbiddenWithBodyThatIsNotJson_IsNotRetried()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Forbidden) { Content = new StringContent("<html>403</html>") };

        Assert.False(await GoogleRetryClassification.IsTransientAsync(Outcome.FromResult(response)));
    }

    [Fact]
    public async Task IsTransientAsync_NetworkFaultOrAttemptTimeout_IsRetriedButAnOpenCircuitIsNot()
    {
        Assert.True(await GoogleRetryClassification.IsTransientAsync(Outcome.FromException<HttpResponseMessage>(new HttpRequestException("reset"))));
        Assert.True(await GoogleRetryClassification.IsTransientAsync(Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException())));
        Assert.False(await GoogleRetryClassification.IsTransientAsync(Outcome.FromException<HttpResponseMessage>(new BrokenCircuitException())));
    }
}
