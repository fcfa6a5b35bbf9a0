namespace Conferencing.UberConferenceBridge.Rooms;

/// <summary>
/// An E.164 number as people read it: <c>+15550100199</c> is <c>+1 555 010 0199</c> (the North American plan's 3-3-4).
/// Other countries' national numbers are grouped differently in each country, so only the country code is set apart:
/// <c>+442038737654</c> is <c>+44 2038737654</c>, which is never grouped wrongly.
/// </summary>
public static class PhoneNumberDisplay
{
    /// <param name="number">E.164, possibly with spaces, dashes, dots or brackets (<c>+1 (555) 010-0199</c>).</param>
    /// <returns>The readable form, or null when the number holds no digits.</returns>
    public static string? Format(string? number)
    {
        var digits = new string((number ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0)
            return null;
        // E.164 allows at most 15 digits; what is not E.164 is shown as it came, digits only.
        if (digits.Length is < 8 or > 15)
            return "+" + digits;
        if (digits.Length == 11 && digits[0] == '1')
            return $"+1 {digits[1..4]} {digits[4..7]} {digits[7..]}";
        var countryCode = CountryCodeLength(digits);
        return $"+{digits[..countryCode]} {digits[countryCode..]}";
    }

    /// <summary>
    /// The length of the ITU-T E.164 country code that starts <paramref name="digits"/>: zones 1 and 7 have one digit;
    /// in the other zones the two-digit codes are those listed here and every other code has three digits.
    /// </summary>
    public static int CountryCodeLength(string digits)
    {
        ArgumentException.ThrowIfNullOrEmpty(digits);
        if (digits[0] is '1' or '7')
            return 1;
        if (digits.Length < 2)
            return digits.Length;
        return digits[..2] switch
        {
            "20" or "27" => 2,
            "30" or "31" or "32" or "33" or "34" or "36" or "39" => 2,
            "40" or "41" or "43" or "44" or "45" or "46" or "47" or "48" or "49" => 2,
            "51" or "52" or "53" or "54" or "55" or "56" or "57" or "58" => 2,
            "60" or "61" or "62" or "63" or "64" or "65" or "66" => 2,
            "81" or "82" or "84" or "86" => 2,
            "90" or "91" or "92" or "93" or "94" or "95" or "98" => 2,
            _ => 3,
        };
    }
}
