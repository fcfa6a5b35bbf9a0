using System.Text.Json;
using System.Web;

namespace Conferencing.HangoutBridge.Tests.Google;

/// <summary>Reads what a service-account token request asked Google for: the claims of its JWT assertion.</summary>
internal static class TokenAssertion
{
    /// <summary>The claims of form field <c>assertion</c>: <c>sub</c>, <c>iss</c>, <c>scope</c>, <c>aud</c>...</summary>
    public static JsonElement ClaimsOf(ReceivedRequest tokenRequest)
    {
        var assertion = HttpUtility.ParseQueryString(tokenRequest.Request.Body ?? "")["assertion"]
            ?? throw new InvalidOperationException("The token request carried no assertion.");
        var payload = assertion.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
        using var claims = JsonDocument.Parse(Convert.FromBase64String(payload));
        return claims.RootElement.Clone();
    }
}
