namespace Conferencing.UberConferenceBridge.Dialpad;

/// <summary>Dialpad's <c>RoomCollection</c>: one page of the listing and the cursor of the next (absent or empty on the last).</summary>
public sealed record RoomPage(string? Cursor, IReadOnlyList<MeetingRoom?>? Items);
