namespace Conferencing.Hosting.Http;

/// <summary>
/// Reads each answer's body inside the attempt that got it. Microsoft.Extensions.Http.Resilience hands on a response as
/// soon as its headers arrive and HttpClient reads the body after the pipeline is done, so without this a connection lost
/// mid-body (a malformed chunk, random bytes then a close) would escape the retries, the attempt timeout would not cover
/// the body, and a retry predicate could not read an error body that the caller still needs.
/// </summary>
public sealed class BufferedContentHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
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
