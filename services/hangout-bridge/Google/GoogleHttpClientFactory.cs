using Conferencing.Hosting.Http;
using Google.Apis.Http;
using IGoogleHttpClientFactory = Google.Apis.Http.IHttpClientFactory;

namespace Conferencing.HangoutBridge.Google;

/// <summary>
/// Google.Apis' HTTP client with <see cref="ResilienceHandler"/> under its ConfigurableMessageHandler. Given to the
/// Calendar service and to every credential, so that the token exchange gets the same retries and breaker.
/// </summary>
public sealed class GoogleHttpClientFactory(GoogleResiliencePipeline resilience) : HttpClientFactory, IGoogleHttpClientFactory
{
    // Re-implements the interface because HttpClientFactory.CreateHttpClient is not virtual in Google.Apis 1.78.
    ConfigurableHttpClient IGoogleHttpClientFactory.CreateHttpClient(CreateHttpClientArgs args)
    {
        var client = CreateHttpClient(args);
        // One send per call at this level: Polly below does the retries. A 401 still makes the credential fetch a new
        // token (for the next call), but the request is not sent again here.
        client.MessageHandler.NumTries = 1;
        // Polly's per-attempt timeout and bounded retries limit a call's time; HttpClient's 100 s would cut them short.
        client.Timeout = Timeout.InfiniteTimeSpan;
        return client;
    }

    protected override HttpMessageHandler CreateHandler(CreateHttpClientArgs args) =>
        new ResilienceHandler(resilience.Pipeline) { InnerHandler = base.CreateHandler(args) };
}
