namespace Conferencing.Contracts;

/// <summary>How to join a conference by phone.</summary>
/// <param name="Number">The dial-in number as people read it, e.g. <c>+1 555 010 0199</c>.</param>
/// <param name="Pin">Digits to enter after dialling, without the closing <c>#</c>; null when none is needed.</param>
/// <param name="OneTapUri">A <c>tel:</c> link that dials and enters the PIN: <c>tel:+15550100199,,123456%23</c>.</param>
/// <param name="MoreNumbersUrl">A page with numbers for other countries, or null.</param>
public sealed record DialIn(string Number, string? Pin, string OneTapUri, string? MoreNumbersUrl)
{
    /// <summary>
    /// Builds the phone section so that the one-tap link always agrees with the number and PIN it travels with.
    /// Commas are dialler pauses; the <c>#</c> that ends a PIN is percent-encoded because a bare <c>#</c> starts a URI fragment.
    /// </summary>
    /// <param name="number">The number in any common notation: <c>+1 555-010-0199</c>, <c>tel:+44-20-3873-7654</c>.</param>
    /// <param name="pin">The PIN, with or without spaces and a closing <c>#</c>; null or blank for none.</param>
    /// <param name="moreNumbersUrl">A page with more numbers, or null.</param>
    /// <exception cref="ArgumentException">The number holds no digits or the PIN holds something other than digits.</exception>
    public static DialIn Create(string number, string? pin, string? moreNumbersUrl)
    {
        var display = (number.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? number[4..] : number).Trim();
        var digits = new string(display.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0)
            throw new ArgumentException($"The dial-in number '{number}' holds no digits.", nameof(number));

        var pinDigits = pin?.Replace(" ", "", StringComparison.Ordinal).TrimEnd('#');
        if (string.IsNullOrEmpty(pinDigits))
            return new DialIn(display, null, $"tel:+{digits}", moreNumbersUrl);
        if (!pinDigits.All(char.IsAsciiDigit))
            throw new ArgumentException("A PIN holds only digits.", nameof(pin));
        return new DialIn(display, pinDigits, $"tel:+{digits},,{pinDigits}%23", moreNumbersUrl);
    }
}
