using System.Net;
using System.Net.Http.Headers;
using Google.Apis.Http;

namespace Conferencing.HangoutBridge.Google;

/// <summary>
/// Signs each Calendar request with an access token of the user it acts as (<see cref="ImpersonatedUser"/>), from
/// <see cref="DelegatedCredentials"/>. It sits outside the Calendar pipeline: the token exchange has its own retries, which
/// Calendar's retries must not multiply, and waiting for a token is not a slow Calendar answer.
/// </summary>
public sealed class DelegatedAuthorization(DelegatedCredentials credentials) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var credential = credentials.For(ImpersonatedUser.Of(request));
        var accessToken = await credential.GetAccessTokenForRequestAsync(request.RequestUri?.ToString(), cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);

        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            // Google no longer takes this token (revoked, or the delegation changed): the credential fetches a new one for
            // the next call. This call is not sent again: a 401 is an answer for the room, not a fault to retry.
            try
            {
                await credential.HandleResponseAsync(new HandleUnsuccessfulResponseArgs
                {
                    Request = request,
                    Response = response,
                    TotalTries = 1,
                    CurrentFailedTry = 1,
                    CancellationToken = cancellationToken,
                });
            }
            catch
            {
                // The new token was refused too: that refusal says more than the 401.
                response.Dispose();
                throw;
            }
        }
        return response;
    }
}
