using Conferencing.RoomEvents.Tests.Hosting;

namespace Conferencing.RoomEvents.Tests.Live;

/// <summary>room-events whose idle streams send a keep-alive every fifth of a second, so a test sees one at once.</summary>
public sealed class StreamHost : HarnessHost
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("RoomEvents:StreamKeepAlive", "00:00:00.200")];
}
