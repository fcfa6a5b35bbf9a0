using System.Net;
using Conferencing.Contracts;
using Conferencing.HangoutBridge.Google;
using Google;
using Google.Apis.Auth.OAuth2.Responses;
using Google.Apis.Requests;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Xunit;

namespace Conferencing.HangoutBridge.Tests.Google;

public sealed class GoogleFailureTranslationTests
{
    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "invalid", FailureReasons.InvalidRequest, false)]
    [InlineData(HttpStatusCode.Unauthorized, "authError", FailureReasons.Forbidden, false)]
    [InlineData(HttpStatusCode.Forbidden, "forbidden", FailureReasons.Forbidden, false)]
    [InlineData(HttpStatusCode.Forbidden, "rateLimitExceeded", FailureReasons.ProviderUnavailable, true)]
    [InlineData(HttpStatusCode.NotFound, "notFound", FailureReasons.NotConfigured, false)]
    [InlineData(HttpStatusCode.Conflict, "duplicate", FailureReasons.InvalidRequest, false)]
    [InlineData(HttpStatusCode.TooManyRequests, "rateLimitExceeded", FailureReasons.ProviderUnavailable, true)]
    [InlineData(HttpStatusCode.InternalServerError, "backendError", FailureReasons.ProviderUnavailable, true)]
    public void Translate_CalendarError_GivesReasonByStatus(HttpStatusCode status, string reason, string expectedReason, bool retryMayHelp)
    {
        var exception = new GoogleApiException("calendar")
        {
            HttpStatusCode = status,
            Error = new RequestError { Code = (int)status, Message = "Google says no", Errors = [new SingleError { Reason = reason }] },
        };

        var failure = GoogleFailureTranslation.Translate(exception);

        Assert.Equal(expectedReason, failure?.ReasonCode);
        Assert.Equal(retryMayHelp, failure?.RetryMayHelp);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, FailureReasons.Forbidden)]
    [InlineData(HttpStatusCode.Unauthorized, FailureReasons.Forbidden)]
    [InlineData(HttpStatusCode.ServiceUnavailable, FailureReasons.ProviderUnavailable)]
    public void Translate_TokenExchangeError_RefusalIsForbiddenOutageIsUnavailable(HttpStatusCode status, string expectedReason)
    {
        var exception = new TokenResponseException(new TokenErrorResponse { Error = "invalid_grant" }, status);

        Assert.Equal(expectedReason, GoogleFailureTranslation.Translate(exception)?.ReasonCode);
    }

    [Fact]
    public void Translate_OpenCircuitTimeoutOrNetworkFault_IsUnavailableAndMaySucceedLater()
    {
        Exception[] faults = [new BrokenCircuitException(), new TimeoutRejectedException(), new HttpRequestException("connection refused")];

        Assert.All(faults, fault => Assert.Equal(
            new MeetFailure(FailureReasons.ProviderUnavailable, true, GoogleFailureTranslation.Translate(fault)!.Message),
            GoogleFailureTranslation.Translate(fault)));
    }

    [Fact]
    public void Translate_MissingKey_IsNotConfigured() =>
        Assert.Equal(FailureReasons.NotConfigured, GoogleFailureTranslation.Translate(new ServiceAccountKeyException("no key"))?.ReasonCode);

    [Fact]
    public void Translate_ExceptionUnrelatedToGoogle_IsLeftToPropagate() =>
        Assert.Null(GoogleFailureTranslation.Translate(new InvalidOperationException("a bug")));
}
