namespace Conferencing.Contracts;

/// <summary>A person in a chat room, as the chat knows them.</summary>
/// <param name="UserId">The chat's id of the user.</param>
/// <param name="Name">Display name; user text, so escape it wherever it is rendered.</param>
/// <param name="Email">Email address, used to match Workspace domains and provider accounts.</param>
public sealed record ChatMember(string UserId, string Name, string Email);
