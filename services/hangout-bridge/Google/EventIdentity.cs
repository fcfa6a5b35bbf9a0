namespace Conferencing.HangoutBridge.Google;

/// <summary>
/// The ids Google sees for a conference, derived from room-events' conference id alone, so that every redelivery of a
/// command sends the same ones: a second insert of the event answers 409, and a second create request is ignored.
/// </summary>
public static class EventIdentity
{
    // RFC 4648 base32hex, lower case: exactly the characters Calendar allows in an event id (a-v, 0-9).
    private const string Base32HexAlphabet = "0123456789abcdefghijklmnopqrstuv";

    /// <summary>The event id: the conference id's 16 bytes (in the order they are written) as 26 base32hex characters.</summary>
    public static string EventIdFor(Guid conferenceId)
    {
        Span<byte> bytes = stackalloc byte[16];
        conferenceId.TryWriteBytes(bytes, bigEndian: true, out _);
        return Base32Hex(bytes);
    }

    /// <summary>The create request id; Google only needs it unique per conference, so the conference id itself serves.</summary>
    public static string RequestIdFor(Guid conferenceId) => conferenceId.ToString("D");

    private static string Base32Hex(ReadOnlySpan<byte> bytes)
    {
        var text = new char[(bytes.Length * 8 + 4) / 5];
        int buffer = 0, bits = 0, next = 0;
        foreach (var b in bytes)
        {
            buffer = ((buffer << 8) | b) & 0xFFF; // never more than 12 bits are pending
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                text[next++] = Base32HexAlphabet[(buffer >> bits) & 31];
            }
        }
        if (bits > 0)
            text[next] = Base32HexAlphabet[(buffer << (5 - bits)) & 31];
        return new string(text);
    }
}
