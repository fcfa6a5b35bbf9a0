namespace Conferencing.RoomEvents;

/// <summary>Settings of room-events (configuration section <c>RoomEvents</c>).</summary>
public sealed class RoomEventsOptions
{
    public const string Section = "RoomEvents";

    /// <summary>Keys the chat backend presents as <c>Authorization: Bearer</c>. Secrets: never logged.</summary>
    public string[] ApiKeys { get; set; } = [];

    /// <summary>A start still unanswered this long after its command left is sent again; later resends back off (RedriveSchedule).</summary>
    public TimeSpan RedriveAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the re-drive looks for unanswered starts.</summary>
    public TimeSpan RedriveEvery { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A start unanswered this long after it was accepted is answered as failed (provider-unavailable).</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A conference still running this long after it started is ended (its invitation then says so).</summary>
    public TimeSpan ConferenceLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How often the expiry looks for conferences past <see cref="ConferenceLifetime"/>.</summary>
    public TimeSpan ExpiryCheckEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// An <c>Idempotency-Key</c> is remembered at least this long (until the next housekeeping round after it); a key
    /// used again later starts a new conference.
    /// </summary>
    public TimeSpan IdempotencyKeyLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often expired idempotency keys and finished chat deliveries are deleted (Storage/Housekeeping).</summary>
    public TimeSpan HousekeepingEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Apply the database migrations this version needs when the service starts (the default). An operator who migrates
    /// separately (a bundle or a script, README "Upgrading") sets false; a database that is behind is then refused.
    /// </summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>A live room stream with nothing to send sends a keep-alive comment this often.</summary>
    public TimeSpan StreamKeepAlive { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Lets anyone who reaches the web page sign in as any member of any team (<c>/web/directory</c>, <c>/web/sign-in</c>):
    /// for development and demos only. Off by default; scripts/run.sh switches it on.
    /// </summary>
    public bool DevSignIn { get; set; }
}
