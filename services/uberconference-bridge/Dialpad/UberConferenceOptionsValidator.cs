using Microsoft.Extensions.Options;

namespace Conferencing.UberConferenceBridge.Dialpad;

/// <summary>Fails start-up with a message that names the configuration key, instead of a first start failing later.</summary>
public sealed class UberConferenceOptionsValidator : IValidateOptions<UberConferenceOptions>
{
    public ValidateOptionsResult Validate(string? name, UberConferenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (!Uri.TryCreate(options.BaseUri, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("https" or "http"))
            failures.Add("UberConference:BaseUri must be an absolute http(s) URI such as https://dialpad.com/.");
        if (string.IsNullOrWhiteSpace(options.ApiKey))
            failures.Add("UberConference:ApiKey is required: a Dialpad API key of the company (Admin Settings > My Company > Authentication > API Keys) with the conference:read scope.");
        else if (options.ApiKey.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            failures.Add("UberConference:ApiKey must not contain spaces or line breaks.");

        options.ValidateResilience(UberConferenceOptions.Section, failures);
        Check(options.RoomsCacheDuration >= TimeSpan.Zero && options.RoomsCacheDuration <= TimeSpan.FromHours(1),
            "UberConference:RoomsCacheDuration must be between 0 and 1 hour.");
        Check(options.RoomsRecheckAfter >= TimeSpan.Zero && options.RoomsRecheckAfter <= options.RoomsCacheDuration,
            "UberConference:RoomsRecheckAfter must be between 0 and UberConference:RoomsCacheDuration.");
        Check(options.RequestsPerSecond is >= 1 and <= UberConferenceOptions.DialpadRequestsPerSecond,
            $"UberConference:RequestsPerSecond must be between 1 and {UberConferenceOptions.DialpadRequestsPerSecond} (Dialpad's limit per company).");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

        void Check(bool valid, string message)
        {
            if (!valid)
                failures.Add(message);
        }
    }
}
