using System.Net.Http.Headers;

namespace Conferencing.Hosting.Http;

/// <summary>How long a <c>Retry-After</c> header asks us to wait, within our own ceiling.</summary>
public static class RetryAfterDelay
{
    /// <summary>
    /// The header's delta or the time until its date, capped at <paramref name="ceiling"/> so that a server cannot park a
    /// consumer for an hour; null when there is no header or it asks for no wait (then the back-off decides).
    /// </summary>
    public static TimeSpan? From(RetryConditionHeaderValue? header, DateTimeOffset now, TimeSpan ceiling)
    {
        var wait = header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => (TimeSpan?)null,
        };
        if (wait is not { } positive || positive <= TimeSpan.Zero)
            return null;
        return positive < ceiling ? positive : ceiling;
    }
}
