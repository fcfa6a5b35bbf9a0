using Conferencing.RoomEvents.Storage;

namespace Conferencing.RoomEvents.Lifecycle;

/// <summary>How asking to end a conference went.</summary>
public abstract record EndOutcome
{
    private EndOutcome()
    {
    }

    /// <summary>The conference is ended; <paramref name="EndedNow"/> is false when it had ended before.</summary>
    public sealed record Ended(Conference Conference, bool EndedNow) : EndOutcome;

    public sealed record NotFound : EndOutcome;

    /// <summary>Still starting, or it never started: there is nothing to end.</summary>
    public sealed record NotRunning(ConferenceStatus Status) : EndOutcome;
}
