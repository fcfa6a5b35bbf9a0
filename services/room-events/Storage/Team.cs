namespace Conferencing.RoomEvents.Storage;

/// <summary>A chat team: its language, its Google Workspace domain and which providers its admins switched on.</summary>
public sealed class Team
{
    public required string Id { get; init; }
    public required string Name { get; set; }

    /// <summary><c>en</c> or <c>ru</c>: the language of the team's invitations.</summary>
    public required string Locale { get; set; }

    public string? GoogleWorkspaceDomain { get; set; }
    public List<string> Admins { get; set; } = [];
    public bool GoogleHangoutEnabled { get; set; }
    public bool UberConferenceEnabled { get; set; }

    /// <summary>The PIN the admin set for the team's UberConference rooms (Dialpad's API has none).</summary>
    public string? UberConferencePin { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsEnabled(string provider) => provider switch
    {
        Contracts.ConferenceProviders.GoogleHangout => GoogleHangoutEnabled,
        Contracts.ConferenceProviders.UberConference => UberConferenceEnabled,
        _ => false,
    };
}
