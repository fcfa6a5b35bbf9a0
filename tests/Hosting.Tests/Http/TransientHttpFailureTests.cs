using System.Net;
using Conferencing.Hosting.Http;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Conferencing.Hosting.Tests.Http;

public sealed class TransientHttpFailureTests
{
    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public void IsTransientStatus_TimeoutRateLimitOrServerError_IsRetried(int status) =>
        Assert.True(TransientHttpFailure.IsTransientStatus(status));

    [Theory]
    [InlineData(200)]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(422)]
    public void IsTransientStatus_AnswerThatARetryWouldRepeat_IsNotRetried(int status) =>
        Assert.False(TransientHttpFailure.IsTransientStatus(status));

    [Fact]
    public async Task IsTransientAsync_NetworkFaultOrAttemptTimeout_IsRetried()
    {
        Assert.True(await TransientHttpFailure.IsTransientAsync(Outcome.FromException<HttpResponseMessage>(new HttpRequestException("refused"))));
        Assert.True(await TransientHttpFailure.IsTransientAsync(Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException())));
    }

    [Fact]
    public async Task IsTransientAsync_OpenCircuitOrCancellation_IsNotRetried()
    {
        Assert.False(await TransientHttpFailure.IsTransientAsync(Outcome.FromException<HttpResponseMessage>(new BrokenCircuitException())));
        Assert.False(await TransientHttpFailure.IsTransientAsync(Outcome.FromException<HttpResponseMessage>(new OperationCanceledException())));
    }

    [Fact]
    public async Task IsTransientAsync_Response_JudgedByItsStatus()
    {
        using var unavailable = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        using var unauthorized = new HttpResponseMessage(HttpStatusCode.Unauthorized);

        Assert.True(await TransientHttpFailure.IsTransientAsync(Outcome.FromResult(unavailable)));
        Assert.False(await TransientHttpFailure.IsTransientAsync(Outcome.FromResult(unauthorized)));
    }
}
