using Conferencing.Contracts;

namespace Conferencing.RoomEvents.Storage;

/// <summary>A person in a room as the chat described them; stored inside the room (and a conference's exclusions).</summary>
public sealed class RoomMember
{
    public required string UserId { get; init; }
    public required string Name { get; init; }
    public required string Email { get; init; }

    /// <summary>A detached copy: EF Core stores an owned instance inside exactly one owner (a room or a conference).</summary>
    public RoomMember Copy() => new() { UserId = UserId, Name = Name, Email = Email };

    public ChatMember ToChatMember() => new(UserId, Name, Email);

    public static RoomMember From(ChatMember member) => new() { UserId = member.UserId, Name = member.Name, Email = member.Email };
}
