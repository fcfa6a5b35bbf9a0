using System.Text.Json;
using Refit;

namespace Conferencing.UberConferenceBridge.Dialpad;

/// <summary>How Refit talks to Dialpad: its JSON, the API key as the bearer token, and exceptions that carry neither key nor body.</summary>
public static class DialpadRefitSettings
{
    /// <summary>Dialpad's JSON: snake_case names; unknown fields are ignored.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The settings of the client that lists the rooms of <paramref name="options"/>' company.</summary>
    public static RefitSettings For(UberConferenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var apiKey = options.ApiKey;
        return new RefitSettings(new SystemTextJsonContentSerializer(Json))
        {
            // Fills the token of IDialpadApi's "Authorization: Bearer" header on every request.
            AuthorizationHeaderValueGetter = (_, _) => ValueTask.FromResult(apiKey ?? ""),
            // A failed call's exception is logged; Refit would otherwise keep the live request (with the key) and the
            // answer's body (not ours to log) in it. It is scrubbed once the call is over, so no retry loses its key.
            ExceptionRedactor = exception =>
            {
                exception.RequestMessage.Headers.Authorization = null;
                if (exception is ApiException answered)
                    answered.Content = null;
            },
        };
    }
}
