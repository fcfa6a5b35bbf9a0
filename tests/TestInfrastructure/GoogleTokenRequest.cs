using System.Text.Json;

namespace Conferencing.Testing;

/// <summary>Reads what a service-account token request (as WireMock logged it) asked Google for.</summary>
public static class GoogleTokenRequest
{
    /// <summary>The claims of the JWT assertion the request carried (form field <c>assertion</c>): <c>sub</c>, <c>iss</c>, <c>scope</c>...</summary>
    public static JsonElement AssertionClaims(JsonElement tokenRequest)
    {
        var assertion = tokenRequest.GetProperty("formParams").GetProperty("assertion").GetProperty("values")[0].GetString()!;
        var payload = assertion.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
        return JsonDocument.Parse(Convert.FromBase64String(payload)).RootElement.Clone();
    }
}
