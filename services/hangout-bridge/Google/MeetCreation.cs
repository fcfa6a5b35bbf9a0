using System.Diagnostics.CodeAnalysis;

namespace Conferencing.HangoutBridge.Google;

/// <summary>The answer to a <see cref="MeetRequest"/>: a conference or a failure, never both and never neither.</summary>
public sealed record MeetCreation(MeetConference? Conference, MeetFailure? Failure)
{
    // Declared again only to check the pair once, where the record is made.
    public MeetConference? Conference { get; init; } = (Conference is null) != (Failure is null)
        ? Conference
        : throw new ArgumentException("A MeetCreation holds exactly one of a conference and a failure.", nameof(Conference));

    [MemberNotNullWhen(true, nameof(Conference))]
    public bool Succeeded => Conference is not null;

    public static MeetCreation Created(MeetConference conference) => new(conference, null);

    public static MeetCreation Failed(MeetFailure failure) => new(null, failure);

    public static MeetCreation Failed(string reasonCode, bool retryMayHelp, string message) =>
        new(null, new MeetFailure(reasonCode, retryMayHelp, message));
}
