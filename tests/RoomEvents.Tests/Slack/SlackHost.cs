using Conferencing.RoomEvents.Tests.Hosting;

namespace Conferencing.RoomEvents.Tests.Slack;

/// <summary>room-events with a Slack signing secret, as an operator who connected a Slack app configures it.</summary>
public sealed class SlackHost : HarnessHost
{
    public const string SigningSecret = "test-slack-signing-secret-3f9a1c";

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Slack:SigningSecret", SigningSecret)];
}
