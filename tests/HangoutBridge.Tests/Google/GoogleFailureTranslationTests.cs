using System.Net;
using System.Text.Json.Nodes;
using Conferencing.Contracts;
using Conferencing.HangoutBridge.Google;
using Google.Apis.Auth.OAuth2.Responses;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using Refit;

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
    public async Task Translate_CalendarError_GivesReasonByStatus(HttpStatusCode status, string reason, string expectedReason, bool retryMayHelp)
    {
        var exception = await CalendarErrorAsync(status, ErrorBody((int)status, reason, "Google says no"));

        var failure = GoogleFailureTranslation.Translate(exception);

        Assert.Equal(expectedReason, failure?.ReasonCode);
        Assert.Equal(retryMayHelp, failure?.RetryMayHelp);
    }

    [Fact]
    public async Task Translate_BadRequest_QuotesGooglesMessage()
    {
        var exception = await CalendarErrorAsync(HttpStatusCode.BadRequest, ErrorBody(400, "invalid", "Invalid conference type value."));

        Assert.StartsWith(
            "Google Calendar rejected the conference request: Invalid conference type value. An operator should check that the service account has domain-wide delegation",
            GoogleFailureTranslation.Translate(exception)?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Translate_ForbiddenWithBodyThatIsNotJson_IsForbiddenNamingTheStatus()
    {
        var exception = await CalendarErrorAsync(HttpStatusCode.Forbidden, "<html>403. That's an error.</html>");

        var failure = GoogleFailureTranslation.Translate(exception);

        Assert.Equal(FailureReasons.Forbidden, failure?.ReasonCode);
        Assert.StartsWith("Google Calendar refused the service account (Forbidden).", failure?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_ErrorThroughRefitsRequestWrapper_IsTranslatedAsTheInnerOne()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://www.googleapis.com/calendar/v3/calendars/primary/events");
        var wrapped = new ApiRequestException(request, HttpMethod.Post, new RefitSettings(), new TimeoutRejectedException());

        Assert.Equal(GoogleFailureTranslation.Translate(new TimeoutRejectedException()), GoogleFailureTranslation.Translate(wrapped));
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
        Exception[] faults =
        [
            new BrokenCircuitException(), new TimeoutRejectedException(), new HttpRequestException("connection refused"), new RateLimiterRejectedException(),
        ];

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

    private static string ErrorBody(int code, string reason, string message) => new JsonObject
    {
        ["error"] = new JsonObject
        {
            ["errors"] = new JsonArray { new JsonObject { ["domain"] = "global", ["reason"] = reason, ["message"] = message } },
            ["code"] = code,
            ["message"] = message,
        },
    }.ToJsonString();

    /// <summary>What Refit throws for a Calendar answer of <paramref name="status"/> with <paramref name="body"/>.</summary>
    private static async Task<ApiException> CalendarErrorAsync(HttpStatusCode status, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://www.googleapis.com/calendar/v3/calendars/primary/events");
        using var response = new HttpResponseMessage(status) { Content = new StringContent(body), RequestMessage = request };
        return await ApiException.Create(request, HttpMethod.Post, response, new RefitSettings());
    }
}
