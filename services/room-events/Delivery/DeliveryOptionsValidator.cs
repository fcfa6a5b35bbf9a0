using Microsoft.Extensions.Options;

namespace Conferencing.RoomEvents.Delivery;

/// <summary>Refuses to start with delivery settings that cannot work, naming the key to fix.</summary>
public sealed class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>
{
    public ValidateOptionsResult Validate(string? name, DeliveryOptions options)
    {
        var failures = new List<string>();
        Check(options.PollInterval >= TimeSpan.FromMilliseconds(10) && options.PollInterval <= TimeSpan.FromMinutes(10),
            nameof(DeliveryOptions.PollInterval), "must be between 10 ms and 10 minutes, e.g. 00:00:02.");
        Check(options.RetryBaseDelay >= TimeSpan.FromMilliseconds(10) && options.RetryBaseDelay <= TimeSpan.FromHours(1),
            nameof(DeliveryOptions.RetryBaseDelay), "must be between 10 ms and 1 hour, e.g. 00:00:01.");
        Check(options.RetryMaxDelay >= options.RetryBaseDelay && options.RetryMaxDelay <= TimeSpan.FromDays(1),
            nameof(DeliveryOptions.RetryMaxDelay), $"must be at least {DeliveryOptions.Section}:{nameof(DeliveryOptions.RetryBaseDelay)} and at most 1 day.");
        Check(options.AttemptTimeout >= TimeSpan.FromMilliseconds(10) && options.AttemptTimeout <= TimeSpan.FromMinutes(5),
            nameof(DeliveryOptions.AttemptTimeout), "must be between 10 ms and 5 minutes, e.g. 00:00:10.");
        Check(options.PermanentFailureAttempts is >= 1 and <= 100,
            nameof(DeliveryOptions.PermanentFailureAttempts), "must be between 1 and 100.");
        Check(options.LeaseDuration > options.AttemptTimeout,
            nameof(DeliveryOptions.LeaseDuration), $"must be longer than {DeliveryOptions.Section}:{nameof(DeliveryOptions.AttemptTimeout)}.");
        Check(options.MaxConcurrentRooms is >= 1 and <= 256,
            nameof(DeliveryOptions.MaxConcurrentRooms), "must be between 1 and 256.");
        Check(options.KeepFinishedFor >= TimeSpan.Zero,
            nameof(DeliveryOptions.KeepFinishedFor), "must not be negative, e.g. 7.00:00:00 (a week).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

        void Check(bool valid, string key, string rule)
        {
            if (!valid)
                failures.Add($"{DeliveryOptions.Section}:{key} {rule}");
        }
    }
}
