using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Conferencing.Hosting.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace Conferencing.Hosting.Tests.Http;

/// <summary>The handler over <see cref="HttpResiliencePipeline"/>, with a scripted server behind it.</summary>
public sealed class ResilienceHandlerTests
{
    private sealed class ProviderOptions : HttpResilienceOptions;

    /// <summary>Answers each request with the next scripted response and counts the requests.</summary>
    private sealed class ScriptedServer(params Func<HttpResponseMessage>[] answers) : HttpMessageHandler
    {
        public int Requests { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answers[Math.Min(Requests++, answers.Length - 1)]());
    }

    private static HttpClient Client(ScriptedServer server, TimeSpan? retryMaxDelay = null)
    {
        var options = new ProviderOptions { MaxAttempts = 3, RetryBaseDelay = TimeSpan.FromMilliseconds(1), RetryMaxDelay = retryMaxDelay ?? TimeSpan.FromSeconds(3) };
        var pipeline = HttpResiliencePipeline.Build("test", options, TransientHttpFailure.IsTransientAsync, TimeProvider.System, NullLogger.Instance);
        return new HttpClient(new ResilienceHandler(pipeline) { InnerHandler = server }) { BaseAddress = new Uri("http://provider.test/") };
    }

    [Fact]
    public async Task SendAsync_ServiceUnavailableThenOk_SendsAgainAndReturnsOk()
    {
        var server = new ScriptedServer(() => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable), () => new HttpResponseMessage(HttpStatusCode.OK));
        using var client = Client(server);

        using var response = await client.GetAsync(new Uri("rooms", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task SendAsync_AnswerThatARetryWouldRepeat_SentOnce()
    {
        var server = new ScriptedServer(() => new HttpResponseMessage(HttpStatusCode.Unauthorized));
        using var client = Client(server);

        using var response = await client.GetAsync(new Uri("rooms", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task SendAsync_RetryAfterAnHour_WaitsOnlyTheCeiling()
    {
        var server = new ScriptedServer(
            () => new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromHours(1)) } },
            () => new HttpResponseMessage(HttpStatusCode.OK));
        using var client = Client(server, retryMaxDelay: TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        using var response = await client.GetAsync(new Uri("rooms", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));
    }
}
