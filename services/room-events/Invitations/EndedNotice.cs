namespace Conferencing.RoomEvents.Invitations;

/// <summary>What a room is told when its conference ended.</summary>
/// <param name="Provider">One of <see cref="Contracts.ConferenceProviders"/>.</param>
/// <param name="Topic">The topic, unescaped, or null.</param>
/// <param name="EndedBy">The display name of who ended it, unescaped; null when it reached its time limit.</param>
public sealed record EndedNotice(string Provider, string? Topic, string? EndedBy);
