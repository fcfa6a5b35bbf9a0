using Microsoft.Extensions.Options;

namespace Conferencing.RoomEvents;

/// <summary>Refuses to start with settings that cannot work, naming the key to fix.</summary>
public sealed class RoomEventsOptionsValidator : IValidateOptions<RoomEventsOptions>
{
    public ValidateOptionsResult Validate(string? name, RoomEventsOptions options)
    {
        var failures = new List<string>();
        if (options.ApiKeys.Length == 0)
            failures.Add("RoomEvents:ApiKeys must hold at least one key (RoomEvents__ApiKeys__0=... in the environment).");
        else if (options.ApiKeys.Any(string.IsNullOrWhiteSpace))
            failures.Add("RoomEvents:ApiKeys must not hold a blank key.");
        if (options.RedriveEvery <= TimeSpan.Zero)
            failures.Add("RoomEvents:RedriveEvery must be a positive time span, e.g. 00:00:15.");
        if (options.RedriveAfter <= TimeSpan.Zero)
            failures.Add("RoomEvents:RedriveAfter must be a positive time span, e.g. 00:02:00.");
        if (options.GiveUpAfter <= options.RedriveAfter)
            failures.Add("RoomEvents:GiveUpAfter must be longer than RoomEvents:RedriveAfter.");
        if (options.ConferenceLifetime <= TimeSpan.Zero)
            failures.Add("RoomEvents:ConferenceLifetime must be a positive time span, e.g. 08:00:00.");
        if (options.ExpiryCheckEvery <= TimeSpan.Zero)
            failures.Add("RoomEvents:ExpiryCheckEvery must be a positive time span, e.g. 00:01:00.");
        if (options.IdempotencyKeyLifetime < TimeSpan.FromMinutes(1))
            failures.Add("RoomEvents:IdempotencyKeyLifetime must be at least a minute, e.g. 1.00:00:00 (a day).");
        if (options.HousekeepingEvery <= TimeSpan.Zero)
            failures.Add("RoomEvents:HousekeepingEvery must be a positive time span, e.g. 01:00:00.");
        if (options.StreamKeepAlive <= TimeSpan.Zero)
            failures.Add("RoomEvents:StreamKeepAlive must be a positive time span, e.g. 00:00:15.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
