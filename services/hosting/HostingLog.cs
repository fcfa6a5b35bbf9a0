using Microsoft.Extensions.Logging;

namespace Conferencing.Hosting;

internal static partial class HostingLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Critical,
        Message = "Sends to the broker have missed their deadline since {FirstMiss:O} and none got through, although the broker accepts connections: the connection is wedged. Stopping with exit code {ExitCode} for the supervisor to start a fresh process")]
    public static partial void BrokerWedged(this ILogger logger, DateTimeOffset firstMiss, int exitCode);
}
