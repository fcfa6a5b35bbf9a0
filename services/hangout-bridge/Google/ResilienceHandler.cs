using Polly;

namespace Conferencing.HangoutBridge.Google;

/// <summary>
/// Sends each request through <see cref="GoogleResiliencePipeline"/>. It sits under Google.Apis' ConfigurableMessageHandler,
/// so the Authorization header is already set and every try sends the same request (whose body must be re-readable:
/// hence GZip off).
/// </summary>
public sealed class ResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(GoogleResiliencePipeline.RequestKey, request);
        try
        {
            return await pipeline.ExecuteAsync(
                static (attempt, state) => state.Handler.SendOnceAsync(state.Request, attempt.CancellationToken),
                context,
                (Handler: this, Request: request));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    // Reading the body inside the attempt puts it under the attempt timeout, turns a connection lost mid-body into a
    // retryable fault, and lets the retry predicate read a 403's reason while Google.Apis can still read it afterwards.
    private async ValueTask<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
