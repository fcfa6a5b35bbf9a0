using Google.Apis.Http;
using IGoogleHttpClientFactory = Google.Apis.Http.IHttpClientFactory;

namespace Conferencing.HangoutBridge.Google;

/// <summary>
/// Google.Apis.Auth's HTTP client for the token exchange, on the handler of the named client <see cref="ClientName"/>,
/// which carries the token pipeline (retries, breaker, attempt timeout: <c>AddProviderResilience</c>). Given to every
/// credential, so that Polly is the only layer that retries a token request.
/// </summary>
public sealed class TokenExchangeHttpClientFactory(IHttpMessageHandlerFactory handlers) : HttpClientFactory, IGoogleHttpClientFactory
{
    public const string ClientName = "google-token";

    // Re-implements the interface because HttpClientFactory.CreateHttpClient is not virtual in Google.Apis 1.78.
    ConfigurableHttpClient IGoogleHttpClientFactory.CreateHttpClient(CreateHttpClientArgs args)
    {
        var client = CreateHttpClient(args);
        // One send per call at this level: Polly below does the retries.
        client.MessageHandler.NumTries = 1;
        // The pipeline's attempt and total timeouts bound a token request; HttpClient's 100 s would cut them short.
        client.Timeout = Timeout.InfiniteTimeSpan;
        return client;
    }

    protected override HttpMessageHandler CreateHandler(CreateHttpClientArgs args) => handlers.CreateHandler(ClientName);
}
