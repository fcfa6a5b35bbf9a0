using System.Globalization;
using System.Text.Json;
using Conferencing.Contracts;
using Conferencing.HangoutBridge.Google;

namespace Conferencing.HangoutBridge.Tests.Google;

/// <summary>The client against a stub answering as Calendar v3 does: the request it sends and the conferences it reads.</summary>
public sealed class CalendarClientTests(GoogleServer google) : IClassFixture<GoogleServer>
{
    [Fact]
    public async Task CreateMeetAsync_InsertAnswersSuccess_ReturnsJoinLinkMeetingCodeAndDialIn()
    {
        await using var harness = CalendarHarness.Create(google);
        var conferenceId = Guid.NewGuid();
        google.Token(GoogleAnswers.Token());
        google.Insert(GoogleAnswers.Event(conferenceId, "success"));

        var creation = await harness.CreateMeetAsync(conferenceId);

        Assert.True(creation.Succeeded, creation.Failure?.Message);
        Assert.Null(creation.Failure);
        Assert.Equal(GoogleAnswers.JoinUrl, creation.Conference.JoinUrl);
        Assert.Equal(GoogleAnswers.MeetingCode, creation.Conference.MeetingCode);
        Assert.Equal(new DialIn("+44 20 3873 7654", "6054226", "tel:+442038737654,,6054226%23", GoogleAnswers.MoreNumbersUrl), creation.Conference.DialIn);
        Assert.Empty(google.Gets);
    }

    [Fact]
    public async Task CreateMeetAsync_AnyStart_InsertsIntoPrimaryWithConferenceDataVersionAndNoNotifications()
    {
        await using var harness = CalendarHarness.Create(google);
        var conferenceId = Guid.NewGuid();
        google.Token(GoogleAnswers.Token());
        google.Insert(GoogleAnswers.Event(conferenceId, "success"));

        await harness.CreateMeetAsync(conferenceId);

        var insert = Assert.Single(google.Inserts).Request;
        Assert.Equal("?conferenceDataVersion=1&sendUpdates=none", insert.RawQuery);
        Assert.Equal("Bearer " + GoogleAnswers.AccessToken, Assert.Single(insert.Headers!["Authorization"]));
        Assert.StartsWith("application/json", Assert.Single(insert.Headers!["Content-Type"]), StringComparison.Ordinal);
        // Sent whole with its length, as Google.Apis sent it, not chunked.
        Assert.Equal(insert.Body!.Length.ToString(CultureInfo.InvariantCulture), Assert.Single(insert.Headers!["Content-Length"]));
    }

    [Fact]
    public async Task CreateMeetAsync_AnyStart_SendsEventIdAndRequestIdDerivedFromConferenceId()
    {
        await using var harness = CalendarHarness.Create(google);
        var conferenceId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        google.Token(GoogleAnswers.Token());
        google.Insert(GoogleAnswers.Event(conferenceId, "success"));

        await harness.CreateMeetAsync(conferenceId);

        using var body = JsonDocument.Parse(Assert.Single(google.Inserts).Request.Body!);
        var sent = body.RootElement;
        Assert.Equal("1u7qqmuppd39v8b5e237ea4l1o", sent.GetProperty("id").GetString());
        Assert.Equal("Quarterly planning", sent.GetProperty("summary").GetString());
        Assert.Equal("2026-11-23T10:00:00Z", sent.GetProperty("start").GetProperty("dateTime").GetString());
        Assert.Equal("2026-11-23T11:00:00Z", sent.GetProperty("end").GetProperty("dateTime").GetString());
        var createRequest = sent.GetProperty("conferenceData").GetProperty("createRequest");
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", createRequest.GetProperty("requestId").GetString());
        Assert.Equal("hangoutsMeet", createRequest.GetProperty("conferenceSolutionKey").GetProperty("type").GetString());
    }

    [Fact]
    public async Task CreateMeetAsync_AnyStart_SendsOnlyTheFieldsItSets()
    {
        await using var harness = CalendarHarness.Create(google);
        var conferenceId = Guid.NewGuid();
        google.Token(GoogleAnswers.Token());
        google.Insert(GoogleAnswers.Event(conferenceId, "success"));

        await harness.CreateMeetAsync(conferenceId);

        using var body = JsonDocument.Parse(Assert.Single(google.Inserts).Request.Body!);
        Assert.Equal(["id", "summary", "start", "end", "conferenceData"], body.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["createRequest"], body.RootElement.GetProperty("conferenceData").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["requestId", "conferenceSolutionKey"],
            body.RootElement.GetProperty("conferenceData").GetProperty("createRequest").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task CreateMeetAsync_PendingThenSuccess_ReadsEventAgainUntilConferenceExists()
    {
        await using var harness = CalendarHarness.Create(google);
        var conferenceId = Guid.NewGuid();
        google.Token(GoogleAnswers.Token());
        google.Insert(GoogleAnswers.Event(conferenceId, "pending"));
        google.Get(conferenceId, GoogleAnswers.Event(conferenceId, "pending"), GoogleAnswers.Event(conferenceId, "success"));

        var creation = await harness.CreateMeetAsync(conferenceId);

        Assert.True(creation.Succeeded, creation.Failure?.Message);
        Assert.Equal(GoogleAnswers.JoinUrl, creation.Conference.JoinUrl);
        Assert.Single(google.Inserts);
        var gets = google.Gets;
        Assert.Equal(2, gets.Count);
        // The re-reads back off: 0.5 s after the insert, then 1 s after the first re-read.
        Assert.InRange(gets[1].At - gets[0].At, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1) + CalendarHarness.Step * 3);
    }

    [Fact]
    public async Task CreateMeetAsync_PendingThroughEveryPoll_FailsAsProviderUnavailableThatMaySucceedLater()
    {
        await using var harness = CalendarHarness.Create(google, new Dictionary<string, string?> { ["Google:PendingPollAttempts"] = "3" });
        var conferenceId = Guid.NewGuid();
        google.Token(GoogleAnswers.Token());
        google.Insert(GoogleAnswers.Event(conferenceId, "pending"));
        google.Get(conferenceId, GoogleAnswers.Event(conferenceId, "pending"));

        var creation = await harness.CreateMeetAsync(conferenceId);

        Assert.Equal(new MeetFailure(FailureReasons.ProviderUnavailable, true, creation.Failure!.Message), creation.Failure);
        Assert.Equal(3, google.Gets.Count);
    }

    [Fact]
    public async Task CreateMeetAsync_CreateRequestFails_FailsAsProviderFailed()
    {
        await using var harness = CalendarHarness.Create(google);
        var conferenceId = Guid.NewGuid();
        google.Token(GoogleAnswers.Token());
        google.Insert(GoogleAnswers.Event(conferenceId, "pending"));
        google.Get(conferenceId, GoogleAnswers.Event(conferenceId, "failure"));

        var creation = await harness.CreateMeetAsync(conferenceId);

        Assert.Null(creation.Conference);
        Assert.Equal(FailureReasons.ProviderFailed, creation.Failure?.ReasonCode);
        Assert.False(creation.Failure?.RetryMayHelp);
    }

    [Fact]
    public async Task CreateMeetAsync_InsertConflicts_ReadsTheEventAlreadyMadeInsteadOfASecond()
    {
        await using var harness = CalendarHarness.Create(google);
        var conferenceId = Guid.NewGuid();
        google.Token(GoogleAnswers.Token());
        google.Insert(GoogleAnswers.Error(409, "duplicate", "The requested identifier already exists."));
        google.Get(conferenceId, GoogleAnswers.Event(conferenceId, "success"));

        var creation = await harness.CreateMeetAsync(conferenceId);

        Assert.True(creation.Succeeded, creation.Failure?.Message);
        Assert.Equal(GoogleAnswers.MeetingCode, creation.Conference.MeetingCode);
        Assert.Single(google.Inserts);
        Assert.Equal("Bearer " + GoogleAnswers.AccessToken, Assert.Single(Assert.Single(google.Gets).Request.Headers!["Authorization"]));
    }

    [Fact]
    public async Task CreateMeetAsync_ConflictWithDeletedEvent_FailsAsInvalidRequest()
    {
        await using var harness = CalendarHarness.Create(google);
        var conferenceId = Guid.NewGuid();
        google.Token(GoogleAnswers.Token());
        google.Insert(GoogleAnswers.Error(409, "duplicate", "The requested identifier already exists."));
        google.Get(conferenceId, GoogleAnswers.Event(conferenceId, "success", status: "cancelled"));

        var creation = await harness.CreateMeetAsync(conferenceId);

        Assert.Equal(FailureReasons.InvalidRequest, creation.Failure?.ReasonCode);
    }

    [Fact]
    public async Task CreateMeetAsync_SuccessWithBodyThatIsNotJson_FailsAsProviderUnavailable()
    {
        await using var harness = CalendarHarness.Create(google);
        google.Token(GoogleAnswers.Token());
        google.Insert(new GoogleAnswer(200, "<html><body>Service temporarily unavailable</body></html>"));

        var creation = await harness.CreateMeetAsync(Guid.NewGuid());

        Assert.Equal(FailureReasons.ProviderUnavailable, creation.Failure?.ReasonCode);
        Assert.True(creation.Failure?.RetryMayHelp);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    public async Task CreateMeetAsync_InsertAnswersWithoutTheEvent_ReadsTheEventBack(string body)
    {
        await using var harness = CalendarHarness.Create(google);
        var conferenceId = Guid.NewGuid();
        google.Token(GoogleAnswers.Token());
        google.Insert(new GoogleAnswer(200, body));
        google.Get(conferenceId, GoogleAnswers.Event(conferenceId, "success"));

        var creation = await harness.CreateMeetAsync(conferenceId);

        Assert.True(creation.Succeeded, creation.Failure?.Message);
        Assert.Single(google.Gets);
    }
}
