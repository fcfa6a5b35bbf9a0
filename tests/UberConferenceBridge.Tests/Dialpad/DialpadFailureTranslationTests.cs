using System.Net;
using Conferencing.Contracts;
using Conferencing.UberConferenceBridge.Dialpad;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Conferencing.UberConferenceBridge.Tests.Dialpad;

public sealed class DialpadFailureTranslationTests
{
    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, FailureReasons.Forbidden)]
    [InlineData(HttpStatusCode.Forbidden, FailureReasons.Forbidden)]
    [InlineData(HttpStatusCode.NotFound, FailureReasons.NotConfigured)]
    [InlineData(HttpStatusCode.BadRequest, FailureReasons.InvalidRequest)]
    [InlineData(HttpStatusCode.TooManyRequests, FailureReasons.ProviderUnavailable)]
    [InlineData(HttpStatusCode.BadGateway, FailureReasons.ProviderUnavailable)]
    public void Translate_StatusAfterRetries_ReasonCode(HttpStatusCode status, string expected) =>
        Assert.Equal(expected, DialpadFailureTranslation.Translate(new DialpadApiException(status, "x"))?.ReasonCode);

    [Fact]
    public void Translate_UnreadableListing_ProviderFailedThatARetryWouldRepeat()
    {
        var failure = DialpadFailureTranslation.Translate(new DialpadApiException(null, "Not a listing."));

        Assert.Equal(FailureReasons.ProviderFailed, failure?.ReasonCode);
        Assert.False(failure?.RetryMayHelp);
    }

    [Fact]
    public void Translate_OutageFaults_ProviderUnavailableThatARetryMayHeal()
    {
        Exception[] faults = [new BrokenCircuitException(), new TimeoutRejectedException(), new HttpRequestException("refused")];

        Assert.All(faults, fault => Assert.Equal(
            (FailureReasons.ProviderUnavailable, true),
            (DialpadFailureTranslation.Translate(fault)?.ReasonCode, DialpadFailureTranslation.Translate(fault)!.RetryMayHelp)));
    }

    [Fact]
    public void Translate_ExceptionNotAboutDialpad_NullSoTheBugSurfaces() =>
        Assert.Null(DialpadFailureTranslation.Translate(new InvalidOperationException("a bug")));
}
