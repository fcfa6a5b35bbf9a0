using System.Diagnostics;

namespace Conferencing.Hosting.Telemetry;

/// <summary>
/// Requests to a URL that is itself a secret (a chat's incoming webhook carries its token in the path) are traced without
/// it: the span keeps the scheme and host, and the rest is replaced.
/// </summary>
public static class SecretUrls
{
    private static readonly HttpRequestOptionsKey<bool> Key = new("conferencing.secret-url");

    /// <summary>Marks <paramref name="request"/>: its URL must not reach traces.</summary>
    public static void MarkSecret(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(Key, true);
    }

    /// <summary>Called by the HttpClient instrumentation for each request span.</summary>
    internal static void Redact(Activity activity, HttpRequestMessage request)
    {
        if (!request.Options.TryGetValue(Key, out var secret) || !secret || request.RequestUri is not { } uri)
            return;
        activity.SetTag("url.full", $"{uri.Scheme}://{uri.Authority}/[secret]");
        activity.SetTag("url.path", null);
        activity.SetTag("url.query", null);
    }
}
