using Polly;

namespace Conferencing.Hosting.Http;

/// <summary>
/// Sends each request through a pipeline of <see cref="HttpResiliencePipeline"/>. It sits where the request is complete
/// (headers set, body re-readable), so that every try sends the same request.
/// </summary>
public sealed class ResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(HttpResiliencePipeline.RequestKey, request);
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
    // retryable fault, and lets a retry predicate read an error body while the caller can still read it afterwards.
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
