using Conferencing.Contracts;

namespace Conferencing.RoomEvents.Tests.Hosting;

/// <summary>The events a bridge would publish, with the values the tests look for.</summary>
public static class ConferenceEvents
{
    public const string JoinUrl = "https://meet.google.com/abc-mnop-xyz";

    public static ConferenceStarted Open(Guid conferenceId, string roomId) => new(
        conferenceId,
        ConferenceProviders.GoogleHangout,
        roomId,
        JoinUrl,
        "abc-mnop-xyz",
        DialIn.Create("+1 555-010-0199", "123456789", "https://tel.meet/abc-mnop-xyz?pin=123456789"),
        null,
        [],
        DateTimeOffset.UtcNow);

    public static ConferenceStarted Restricted(Guid conferenceId, string roomId) => Open(conferenceId, roomId) with
    {
        DialIn = null,
        RestrictedToDomain = TestRoom.WorkspaceDomain,
        ExcludedMembers = [new ChatMember(TestRoom.Bob, "Bob", "bob@gmail.com")],
    };

    public static ConferenceStartFailed Failed(Guid conferenceId, string roomId, bool retryMayHelp = true) => new(
        conferenceId, roomId, ConferenceProviders.GoogleHangout, FailureReasons.ProviderUnavailable, retryMayHelp, "Google did not answer.");
}
