using Microsoft.Extensions.Logging;

namespace Conferencing.Hosting.Http;

/// <summary>The log events of <see cref="HttpResiliencePipeline"/>; they name the path only, never a query, header or token.</summary>
internal static partial class HttpResilienceLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "{Client} call {Method} {Path} failed with {Result} on attempt {Attempt}; retrying in {Delay}")]
    public static partial void Retrying(this ILogger logger, string client, string? method, string? path, string result, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Client} calls keep failing; the circuit is open for {BreakDuration}")]
    public static partial void CircuitOpened(this ILogger logger, string client, TimeSpan breakDuration);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Client} calls succeed again; the circuit is closed")]
    public static partial void CircuitClosed(this ILogger logger, string client);
}
