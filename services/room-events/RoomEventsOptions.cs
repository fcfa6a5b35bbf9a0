namespace Conferencing.RoomEvents;

/// <summary>Settings of room-events (configuration section <c>RoomEvents</c>).</summary>
public sealed class RoomEventsOptions
{
    public const string Section = "RoomEvents";

    /// <summary>Keys the chat backend presents as <c>Authorization: Bearer</c>. Secrets: never logged.</summary>
    public string[] ApiKeys { get; set; } = [];

    /// <summary>A start still unanswered this long after its command left is sent again.</summary>
    public TimeSpan RedriveAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the re-drive looks for unanswered starts.</summary>
    public TimeSpan RedriveEvery { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A start unanswered this long after it was accepted is answered as failed (provider-unavailable).</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromMinutes(15);
}
