using System.Net;
using System.Net.Http.Headers;
using Conferencing.Hosting.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Conferencing.Hosting.Tests.Http;

/// <summary>
/// A provider client with <see cref="ProviderResilience"/>, a scripted server behind it, on fake time with pinned jitter:
/// nothing here waits on the real clock for a back-off.
/// </summary>
public sealed class ProviderResilienceTests : IDisposable
{
    private static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    private ServiceProvider? _services;

    private sealed class ProviderOptions : HttpResilienceOptions;

    /// <summary>Answers each request with the next scripted response and counts the requests.</summary>
    private sealed class ScriptedServer(params Func<HttpResponseMessage>[] answers) : HttpMessageHandler
    {
        private int _requests;

        public int Requests => Volatile.Read(ref _requests);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answers[Math.Min(Interlocked.Increment(ref _requests) - 1, answers.Length - 1)]());
    }

    /// <summary>Counts the turns taken, and refuses them once <paramref name="turns"/> are gone.</summary>
    private sealed class CountingQuota(int turns = int.MaxValue) : IProviderQuota
    {
        public int Taken { get; private set; }

        public ValueTask<bool> WaitTurnAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            ValueTask.FromResult(++Taken <= turns);
    }

    /// <summary>A body that breaks off: the connection was lost after the headers.</summary>
    private sealed class BrokenContent : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            throw new HttpRequestException("The response ended prematurely.", new IOException("Connection reset by peer"));

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private HttpClient Client(ScriptedServer server, TimeSpan? retryMaxDelay = null, IProviderQuota? quota = null)
    {
        var options = new ProviderOptions { MaxAttempts = 3, RetryBaseDelay = BaseDelay, RetryMaxDelay = retryMaxDelay ?? TimeSpan.FromSeconds(30) };
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(_clock)
            .AddSingleton(new RetryJitter { Next = () => 0.5 });
        services.AddHttpClient("provider", http => http.BaseAddress = new Uri("http://provider.test/"))
            .ConfigurePrimaryHttpMessageHandler(() => server)
            .AddProviderResilience(_ => options, TransientHttpFailure.IsTransientAsync, quota is null ? null : _ => quota);
        _services = services.BuildServiceProvider();
        return _services.GetRequiredService<IHttpClientFactory>().CreateClient("provider");
    }

    /// <summary>Moves the fake clock a step at a time until <paramref name="call"/> is done: back-offs pass in no real time.</summary>
    private async Task<T> AdvanceUntilDoneAsync<T>(Task<T> call, TimeSpan step, int maxSteps = 1_000)
    {
        for (var i = 0; i < maxSteps && !call.IsCompleted; i++)
        {
            await Task.Delay(1);
            _clock.Advance(step);
        }
        return await call;
    }

    [Fact]
    public async Task SendAsync_ServiceUnavailableThenOk_SendsAgainAndReturnsOk()
    {
        var server = new ScriptedServer(() => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable), () => new HttpResponseMessage(HttpStatusCode.OK));
        using var client = Client(server);

        using var response = await AdvanceUntilDoneAsync(client.GetAsync(new Uri("rooms", UriKind.Relative)), TimeSpan.FromMilliseconds(100));

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
        var ceiling = TimeSpan.FromSeconds(20);
        var server = new ScriptedServer(
            () => new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromHours(1)) } },
            () => new HttpResponseMessage(HttpStatusCode.OK));
        using var client = Client(server, retryMaxDelay: ceiling);

        var call = client.GetAsync(new Uri("rooms", UriKind.Relative));
        await WaitForAsync(() => server.Requests == 1);
        _clock.Advance(ceiling - TimeSpan.FromMilliseconds(1));
        await Task.Delay(50);
        Assert.Equal(1, server.Requests);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        using var response = await call;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task SendAsync_ConnectionLostMidBody_RetriedAndTheBodyRead()
    {
        var server = new ScriptedServer(
            () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new BrokenContent() },
            () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("rooms") });
        using var client = Client(server);

        var body = await AdvanceUntilDoneAsync(client.GetStringAsync(new Uri("rooms", UriKind.Relative)), TimeSpan.FromMilliseconds(100));

        Assert.Equal("rooms", body);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task SendAsync_Retries_EachAttemptTakesItsTurnInTheQuota()
    {
        var server = new ScriptedServer(
            () => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable),
            () => new HttpResponseMessage(HttpStatusCode.TooManyRequests),
            () => new HttpResponseMessage(HttpStatusCode.OK));
        var quota = new CountingQuota();
        using var client = Client(server, quota: quota);

        using var response = await AdvanceUntilDoneAsync(client.GetAsync(new Uri("rooms", UriKind.Relative)), TimeSpan.FromMilliseconds(100));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, quota.Taken);
    }

    [Fact]
    public async Task SendAsync_QuotaRefusesATurn_NotSentAndNotRetried()
    {
        var server = new ScriptedServer(() => new HttpResponseMessage(HttpStatusCode.OK));
        var quota = new CountingQuota(turns: 0);
        using var client = Client(server, quota: quota);

        await Assert.ThrowsAsync<Polly.RateLimiting.RateLimiterRejectedException>(() => client.GetAsync(new Uri("rooms", UriKind.Relative)));

        Assert.Equal(0, server.Requests);
        Assert.Equal(1, quota.Taken);
    }

    [Fact]
    public void CreateClient_AnyProvider_LeavesTheCallsTimeToThePipeline()
    {
        // HttpClient's default of 100 s would end a call long before a TotalTimeout of minutes (quota waits, back-offs).
        using var client = Client(new ScriptedServer(() => new HttpResponseMessage(HttpStatusCode.OK)));

        Assert.Equal(Timeout.InfiniteTimeSpan, client.Timeout);
    }

    public void Dispose() => _services?.Dispose();

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
            await Task.Delay(10);
        Assert.True(condition());
    }
}
