using Conferencing.RoomEvents.Invitations;

namespace Conferencing.RoomEvents.Tests.Invitations;

public sealed class PinDisplayTests
{
    [Theory]
    [InlineData("123456789", "123 456 789")]
    [InlineData("1234567890", "123 456 789 0")]
    [InlineData("1234", "123 4")]
    [InlineData("123", "123")]
    [InlineData("12", "12")]
    [InlineData("", "")]
    public void Group_Digits_GroupsOfThreeFromTheLeft(string pin, string expected) =>
        Assert.Equal(expected, PinDisplay.Group(pin));
}
