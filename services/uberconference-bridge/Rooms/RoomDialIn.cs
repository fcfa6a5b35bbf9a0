using Conferencing.Contracts;

namespace Conferencing.UberConferenceBridge.Rooms;

/// <summary>The phone section of an invitation to a meeting room: its number, readable, with the team's PIN and a one-tap link.</summary>
public static class RoomDialIn
{
    /// <param name="number">The room's E.164 dial-in, as Dialpad gave it.</param>
    /// <param name="pin">The team's PIN (digits), or null when the team requires none.</param>
    /// <returns>The dial-in, or null when the room has no number.</returns>
    /// <exception cref="ArgumentException">The PIN holds something other than digits.</exception>
    public static DialIn? For(string? number, string? pin) =>
        PhoneNumberDisplay.Format(number) is { } display ? DialIn.Create(display, pin, moreNumbersUrl: null) : null;
}
