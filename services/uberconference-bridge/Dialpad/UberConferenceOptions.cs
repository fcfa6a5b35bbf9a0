using Conferencing.Hosting.Http;

namespace Conferencing.UberConferenceBridge.Dialpad;

/// <summary>
/// How uberconference-bridge reaches Dialpad's API v2 (configuration section <c>UberConference</c>); checked at start-up.
/// Retries, timeouts and the circuit breaker are <see cref="HttpResilienceOptions"/> (<c>UberConference:MaxAttempts</c>...).
/// </summary>
public sealed class UberConferenceOptions : HttpResilienceOptions
{
    public const string Section = "UberConference";

    /// <summary>Dialpad's documented limit per company.</summary>
    public const int DialpadRequestsPerSecond = 20;

    /// <summary>Dialpad's root (<c>https://sandbox.dialpad.com/</c> for its sandbox); tests point it at a stub.</summary>
    public string BaseUri { get; set; } = "https://dialpad.com/";

    /// <summary>The company's API key, sent as <c>Authorization: Bearer</c>; it needs the <c>conference:read</c> scope. A secret: never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long a listing of the company's meeting rooms serves starts before the rooms are listed again.</summary>
    public TimeSpan RoomsCacheDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A starter missing from a cached listing at least this old makes the bridge list again, so that someone who has just
    /// made an account is found on their next try.
    /// </summary>
    public TimeSpan RoomsRecheckAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Dialpad calls per second this copy makes; Dialpad allows 20 per company, shared by every copy and integration.</summary>
    public int RequestsPerSecond { get; set; } = DialpadRequestsPerSecond;
}
