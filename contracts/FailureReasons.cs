namespace Conferencing.Contracts;

/// <summary>Reason codes of <see cref="ConferenceStartFailed"/>.</summary>
public static class FailureReasons
{
    /// <summary>The bridge lacks credentials or settings it needs; an operator must act.</summary>
    public const string NotConfigured = "not-configured";

    /// <summary>The provider refused the account the bridge acts as (401/403, not a rate limit).</summary>
    public const string Forbidden = "forbidden";

    /// <summary>The provider rejected the request as malformed (400, 404, 409 that cannot be resolved...).</summary>
    public const string InvalidRequest = "invalid-request";

    /// <summary>The provider stayed down, slow or rate-limited past the retry budget.</summary>
    public const string ProviderUnavailable = "provider-unavailable";

    /// <summary>The provider answered that it could not create the conference.</summary>
    public const string ProviderFailed = "provider-failed";

    /// <summary>The starter has no meeting room at the provider (UberConference).</summary>
    public const string NoMeetingRoom = "no-meeting-room";
}
