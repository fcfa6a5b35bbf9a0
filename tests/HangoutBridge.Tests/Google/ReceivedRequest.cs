using WireMock;

namespace Conferencing.HangoutBridge.Tests.Google;

/// <summary>A request the Google stub received, and when by the test's clock.</summary>
internal sealed record ReceivedRequest(IRequestMessage Request, DateTimeOffset At);
