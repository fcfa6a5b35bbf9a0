namespace Conferencing.RoomEvents.Storage;

/// <summary>A chat room of a team; only its members may start, read or join its conferences.</summary>
public sealed class Room
{
    public required string Id { get; init; }
    public required string TeamId { get; set; }
    public required string Name { get; set; }
    public List<RoomMember> Members { get; set; } = [];
    public string? WebhookUrl { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public RoomMember? FindMember(string userId) => Members.Find(member => member.UserId == userId);
}
