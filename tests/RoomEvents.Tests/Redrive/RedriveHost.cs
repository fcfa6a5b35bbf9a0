using Conferencing.RoomEvents.Tests.Hosting;

namespace Conferencing.RoomEvents.Tests.Redrive;

/// <summary>room-events with a re-drive measured in fractions of a second, and giving up after a few seconds.</summary>
public sealed class RedriveHost : HarnessHost
{
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(4);

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("RoomEvents:RedriveEvery", "00:00:00.100"),
        new("RoomEvents:RedriveAfter", "00:00:00.300"),
        new("RoomEvents:GiveUpAfter", GiveUpAfter.ToString()),
    ];
}
