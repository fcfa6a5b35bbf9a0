using Conferencing.UberConferenceBridge.Rooms;

namespace Conferencing.UberConferenceBridge.Tests.Rooms;

public sealed class PhoneNumberDisplayTests
{
    [Theory]
    [InlineData("+15550100199", "+1 555 010 0199")]
    [InlineData("+1 555-010-0199", "+1 555 010 0199")]
    [InlineData("+1 (555) 010.0199", "+1 555 010 0199")]
    [InlineData("15550100199", "+1 555 010 0199")]
    public void Format_NorthAmericanNumber_ThreeThreeFour(string number, string expected) =>
        Assert.Equal(expected, PhoneNumberDisplay.Format(number));

    [Theory]
    [InlineData("+442038737654", "+44 2038737654")]
    [InlineData("+44 20 3873 7654", "+44 2038737654")]
    [InlineData("+4930300195194", "+49 30300195194")]
    [InlineData("+74951234567", "+7 4951234567")]
    [InlineData("+35318881234", "+353 18881234")]
    [InlineData("+380441234567", "+380 441234567")]
    [InlineData("+27211234567", "+27 211234567")]
    public void Format_OtherCountries_CountryCodeSetApart(string number, string expected) =>
        Assert.Equal(expected, PhoneNumberDisplay.Format(number));

    [Theory]
    [InlineData("+1234", "+1234")]
    [InlineData("+1234567890123456", "+1234567890123456")]
    public void Format_NotE164Length_DigitsAsTheyCame(string number, string expected) =>
        Assert.Equal(expected, PhoneNumberDisplay.Format(number));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("call us")]
    public void Format_NoDigits_Null(string? number) =>
        Assert.Null(PhoneNumberDisplay.Format(number));
}
