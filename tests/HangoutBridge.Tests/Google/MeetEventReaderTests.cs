using Conferencing.Contracts;
using Conferencing.HangoutBridge.Google;
using Conferencing.HangoutBridge.Google.CalendarApi;
using Xunit;

namespace Conferencing.HangoutBridge.Tests.Google;

public sealed class MeetEventReaderTests
{
    private static readonly EntryPoint Video = new() { EntryPointType = "video", Uri = "https://meet.google.com/jnj-edux-duq", Label = "meet.google.com/jnj-edux-duq" };
    private static readonly EntryPoint More = new() { EntryPointType = "more", Uri = "https://tel.meet/jnj-edux-duq?pin=3356856978418", Pin = "3356856978418" };
    private static readonly EntryPoint Phone = new() { EntryPointType = "phone", Uri = "tel:+49-30-300195194", Label = "+49 30 300195194", Pin = "599388176", RegionCode = "DE" };

    [Fact]
    public void ConferenceOf_CreatedMeet_UsesHangoutLinkMeetingCodeAndFirstPhone()
    {
        var secondPhone = new EntryPoint { EntryPointType = "phone", Uri = "tel:+1-401-375-2149", Label = "+1 401-375-2149", Pin = "657499998" };
        var calendarEvent = Created(Video, More, Phone, secondPhone);

        var conference = MeetEventReader.ConferenceOf(calendarEvent);

        Assert.Equal(new MeetConference(
            "https://meet.google.com/jnj-edux-duq",
            "jnj-edux-duq",
            new DialIn("+49 30 300195194", "599388176", "tel:+4930300195194,,599388176%23", "https://tel.meet/jnj-edux-duq?pin=3356856978418")),
            conference);
    }

    [Fact]
    public void ConferenceOf_NoHangoutLink_JoinsThroughVideoEntryPoint()
    {
        var calendarEvent = Created(Video);
        calendarEvent.HangoutLink = null;

        Assert.Equal("https://meet.google.com/jnj-edux-duq", MeetEventReader.ConferenceOf(calendarEvent)?.JoinUrl);
    }

    [Fact]
    public void DialInOf_NoPhoneEntryPoint_IsNull() => Assert.Null(MeetEventReader.DialInOf([Video, More]));

    [Fact]
    public void DialInOf_PhoneWithoutLabel_TakesNumberFromUriWithoutTelOrPauses()
    {
        var phone = new EntryPoint { EntryPointType = "phone", Uri = "tel:+12345678900,,,123456789;1234", Pin = "123456789" };

        var dialIn = MeetEventReader.DialInOf([phone]);

        Assert.Equal(new DialIn("+12345678900", "123456789", "tel:+12345678900,,123456789%23", null), dialIn);
    }

    [Fact]
    public void DialInOf_PhoneWithoutPin_HasNoPauseInOneTapLink()
    {
        var phone = new EntryPoint { EntryPointType = "phone", Uri = "tel:+44-20-3873-7654", Label = "+44 20 3873 7654" };

        Assert.Equal("tel:+442038737654", MeetEventReader.DialInOf([phone])?.OneTapUri);
    }

    [Fact]
    public void DialInOf_UndiallablePhone_IsNullRatherThanFailingTheConference()
    {
        var phone = new EntryPoint { EntryPointType = "phone", Uri = "tel:", Label = "call the front desk", Pin = "12ab" };

        Assert.Null(MeetEventReader.DialInOf([phone]));
    }

    [Theory]
    [InlineData("pending", ConferenceState.Pending)]
    [InlineData("success", ConferenceState.Created)]
    [InlineData("failure", ConferenceState.Failed)]
    public void StateOf_CreateRequestStatus_IsReadAsIs(string statusCode, ConferenceState expected)
    {
        var calendarEvent = new CalendarEvent
        {
            ConferenceData = new ConferenceData { CreateRequest = new CreateConferenceRequest { Status = new ConferenceRequestStatus { StatusCode = statusCode } } },
        };

        Assert.Equal(expected, MeetEventReader.StateOf(calendarEvent));
    }

    [Fact]
    public void StateOf_NoConferenceDataYet_IsPending() => Assert.Equal(ConferenceState.Pending, MeetEventReader.StateOf(new CalendarEvent()));

    [Fact]
    public void StateOf_EntryPointsWithoutCreateRequest_IsCreated()
    {
        var calendarEvent = Created(Video);
        calendarEvent.ConferenceData!.CreateRequest = null;

        Assert.Equal(ConferenceState.Created, MeetEventReader.StateOf(calendarEvent));
    }

    private static CalendarEvent Created(params EntryPoint[] entryPoints) => new()
    {
        HangoutLink = "https://meet.google.com/jnj-edux-duq",
        ConferenceData = new ConferenceData
        {
            ConferenceId = "jnj-edux-duq",
            CreateRequest = new CreateConferenceRequest { Status = new ConferenceRequestStatus { StatusCode = "success" } },
            EntryPoints = [.. entryPoints],
        },
    };
}
