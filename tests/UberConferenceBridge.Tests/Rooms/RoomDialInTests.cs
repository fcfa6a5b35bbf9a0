using Conferencing.UberConferenceBridge.Rooms;

namespace Conferencing.UberConferenceBridge.Tests.Rooms;

public sealed class RoomDialInTests
{
    [Theory]
    [InlineData("+15550100199")]
    [InlineData("+1 555 010 0199")]
    [InlineData("+1-555-010-0199")]
    public void For_NumberInAnyNotationWithPin_OneTapDialsPausesAndEntersThePin(string number)
    {
        var dialIn = RoomDialIn.For(number, "123456");

        Assert.NotNull(dialIn);
        Assert.Equal("+1 555 010 0199", dialIn.Number);
        Assert.Equal("123456", dialIn.Pin);
        Assert.Equal("tel:+15550100199,,123456%23", dialIn.OneTapUri);
        Assert.Null(dialIn.MoreNumbersUrl);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void For_NoPin_OneTapOnlyDials(string? pin)
    {
        var dialIn = RoomDialIn.For("+1-555-010-0199", pin);

        Assert.NotNull(dialIn);
        Assert.Null(dialIn.Pin);
        Assert.Equal("tel:+15550100199", dialIn.OneTapUri);
    }

    [Fact]
    public void For_NumberOutsideNorthAmerica_OneTapHasEveryDigit()
    {
        var dialIn = RoomDialIn.For("+44 20 3873 7654", "4321");

        Assert.Equal("+44 2038737654", dialIn?.Number);
        Assert.Equal("tel:+442038737654,,4321%23", dialIn?.OneTapUri);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("n/a")]
    public void For_RoomWithoutNumber_NoDialIn(string? number) =>
        Assert.Null(RoomDialIn.For(number, "123456"));

    [Fact]
    public void For_PinThatIsNotDigits_Throws() =>
        Assert.Throws<ArgumentException>(() => RoomDialIn.For("+15550100199", "12ab"));
}
