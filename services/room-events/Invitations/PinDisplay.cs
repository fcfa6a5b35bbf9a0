using System.Text;

namespace Conferencing.RoomEvents.Invitations;

/// <summary>How a PIN is shown to people: digits in groups of three from the left, <c>123 456 789</c>, easy to read aloud.</summary>
public static class PinDisplay
{
    public static string Group(string pin)
    {
        var grouped = new StringBuilder(pin.Length + pin.Length / 3);
        for (var i = 0; i < pin.Length; i++)
        {
            if (i > 0 && i % 3 == 0)
                grouped.Append(' ');
            grouped.Append(pin[i]);
        }
        return grouped.ToString();
    }
}
