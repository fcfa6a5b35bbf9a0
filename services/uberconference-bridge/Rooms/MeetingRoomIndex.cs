using Conferencing.UberConferenceBridge.Dialpad;

namespace Conferencing.UberConferenceBridge.Rooms;

/// <summary>
/// The company's meeting rooms by their owner's email, the way a starter is matched to their room: trimmed and
/// case-insensitive. Where one email owns several rooms, the first that can be joined (has a join URL) wins, in
/// Dialpad's order, so that the same starter always gets the same room.
/// </summary>
public sealed class MeetingRoomIndex
{
    private readonly Dictionary<string, MeetingRoom> _byEmail;

    private MeetingRoomIndex(Dictionary<string, MeetingRoom> byEmail, int count)
    {
        _byEmail = byEmail;
        Count = count;
    }

    /// <summary>How many rooms the listing held, with or without an owner.</summary>
    public int Count { get; }

    public static MeetingRoomIndex Build(IEnumerable<MeetingRoom> rooms)
    {
        ArgumentNullException.ThrowIfNull(rooms);
        var byEmail = new Dictionary<string, MeetingRoom>(StringComparer.OrdinalIgnoreCase);
        var count = 0;
        foreach (var room in rooms)
        {
            count++;
            if (Normalize(room.Email) is not { } email)
                continue;
            if (!byEmail.TryGetValue(email, out var earlier) || (JoinUrlOf(earlier) is null && JoinUrlOf(room) is not null))
                byEmail[email] = room;
        }
        return new MeetingRoomIndex(byEmail, count);
    }

    /// <summary>The room of <paramref name="email"/>, or null when the company has none for it.</summary>
    public MeetingRoom? Find(string? email) => Normalize(email) is { } key && _byEmail.TryGetValue(key, out var room) ? room : null;

    /// <summary>The room's <c>path</c> when it is an absolute http(s) URL a browser can open; otherwise null.</summary>
    public static string? JoinUrlOf(MeetingRoom room)
    {
        ArgumentNullException.ThrowIfNull(room);
        var path = room.Path?.Trim();
        return Uri.TryCreate(path, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? path
            : null;
    }

    private static string? Normalize(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim();
}
