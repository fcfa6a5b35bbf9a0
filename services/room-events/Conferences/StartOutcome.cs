using Conferencing.RoomEvents.Storage;

namespace Conferencing.RoomEvents.Conferences;

/// <summary>How a start request ended: each front door (the API, Slack's slash command) words it its own way.</summary>
public abstract record StartOutcome
{
    private StartOutcome()
    {
    }

    /// <summary>The conference is stored and its command sent (or left to the re-drive); a repeated key gets the first one.</summary>
    public sealed record Accepted(Conference Conference) : StartOutcome;

    public sealed record RoomNotFound(string RoomId) : StartOutcome;

    public sealed record NotAMember(string RoomId) : StartOutcome;

    public sealed record ProviderSwitchedOff(string Provider) : StartOutcome;

    /// <summary>The idempotency key already started a conference with another provider or topic.</summary>
    public sealed record KeyReused : StartOutcome;
}
