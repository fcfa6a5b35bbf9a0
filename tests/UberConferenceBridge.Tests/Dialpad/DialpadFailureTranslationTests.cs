using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Conferencing.Contracts;
using Conferencing.UberConferenceBridge.Dialpad;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using Refit;

namespace Conferencing.UberConferenceBridge.Tests.Dialpad;

public sealed class DialpadFailureTranslationTests
{
    private static readonly RefitSettings Settings = new();

    /// <summary>What Refit throws for Dialpad's answer with <paramref name="status"/>.</summary>
    private static async Task<ApiException> AnsweredAsync(HttpStatusCode status, string? mediaType = null, Exception? cause = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("https://dialpad.test/api/v2/conference/rooms"));
        using var response = new HttpResponseMessage(status) { RequestMessage = request, Content = new StringContent("<html>Maintenance</html>") };
        if (mediaType is not null)
            response.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return cause is null
            ? await ApiException.Create(request, HttpMethod.Get, response, Settings)
            : await ApiException.Create("An error occured deserializing the response.", request, HttpMethod.Get, response, Settings, cause);
    }

    /// <summary>What Refit throws when no answer came because <paramref name="cause"/> was thrown on the way.</summary>
    private static ApiRequestException Unanswered(Exception cause)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("https://dialpad.test/api/v2/conference/rooms"));
        return new ApiRequestException(request, HttpMethod.Get, Settings, cause);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, FailureReasons.Forbidden)]
    [InlineData(HttpStatusCode.Forbidden, FailureReasons.Forbidden)]
    [InlineData(HttpStatusCode.NotFound, FailureReasons.NotConfigured)]
    [InlineData(HttpStatusCode.BadRequest, FailureReasons.InvalidRequest)]
    [InlineData(HttpStatusCode.TooManyRequests, FailureReasons.ProviderUnavailable)]
    [InlineData(HttpStatusCode.BadGateway, FailureReasons.ProviderUnavailable)]
    public async Task Translate_StatusAfterRetries_ReasonCode(HttpStatusCode status, string expected) =>
        Assert.Equal(expected, DialpadFailureTranslation.Translate(await AnsweredAsync(status))?.ReasonCode);

    [Fact]
    public async Task Translate_SuccessWithBodyThatIsNotJson_ProviderFailedNamingTheBaseUriAndTheContentType()
    {
        var failure = DialpadFailureTranslation.Translate(await AnsweredAsync(HttpStatusCode.OK, "text/html", new JsonException("'<' is an invalid start of a value.")));

        Assert.Equal(FailureReasons.ProviderFailed, failure?.ReasonCode);
        Assert.False(failure?.RetryMayHelp);
        Assert.Contains("not a JSON room listing (Content-Type: text/html)", failure?.Message, StringComparison.Ordinal);
        Assert.Contains("UberConference:BaseUri", failure?.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Maintenance", failure?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_ListingWithoutEnd_ProviderFailedThatARetryWouldRepeat()
    {
        var failure = DialpadFailureTranslation.Translate(new DialpadListingException("Dialpad's meeting-room listing sent a page cursor again."));

        Assert.Equal(FailureReasons.ProviderFailed, failure?.ReasonCode);
        Assert.False(failure?.RetryMayHelp);
        Assert.Contains("UberConference:BaseUri", failure?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_OutageFaultsAsRefitWrapsThem_ProviderUnavailableThatARetryMayHeal()
    {
        Exception[] faults = [new BrokenCircuitException(), new TimeoutRejectedException(), new HttpRequestException("refused")];

        Assert.All(faults.SelectMany(fault => new Exception[] { fault, Unanswered(fault) }), fault => Assert.Equal(
            (FailureReasons.ProviderUnavailable, true),
            (DialpadFailureTranslation.Translate(fault)?.ReasonCode, DialpadFailureTranslation.Translate(fault)!.RetryMayHelp)));
    }

    [Fact]
    public void Translate_QuotaQueueFull_ProviderUnavailableSayingCallsAreWaiting()
    {
        var failure = DialpadFailureTranslation.Translate(Unanswered(new RateLimiterRejectedException()));

        Assert.Equal(FailureReasons.ProviderUnavailable, failure?.ReasonCode);
        Assert.True(failure?.RetryMayHelp);
        Assert.Contains("a minute's worth of calls", failure?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_ExceptionNotAboutDialpad_NullSoTheBugSurfaces()
    {
        Assert.Null(DialpadFailureTranslation.Translate(new InvalidOperationException("a bug")));
        Assert.Null(DialpadFailureTranslation.Translate(Unanswered(new InvalidOperationException("a bug"))));
    }
}
