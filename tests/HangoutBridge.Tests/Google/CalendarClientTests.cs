using System.Text.Json;
using Conferencing.Contracts;
using Conferencing.HangoutBridge.Google;
using Conferencing.Testing;
using Xunit;

namespace Conferencing.HangoutBridge.Tests.Google;

/// <summary>The client against WireMock answering as Calendar v3 does: the request it sends and the conferences it reads.</summary>
public sealed class CalendarClientTests
{
    [Fact]
    public async Task CreateMeetAsync_InsertAnswersSuccess_ReturnsJoinLinkMeetingCodeAndDialIn()
    {
        await using var harness = CalendarHarness.Create();
        var conferenceId = Guid.NewGuid();
        await harness.Tenant.StubAsync(GoogleStubs.Token(harness.Tenant));
        await harness.Tenant.StubAsync(GoogleStubs.Insert(harness.Tenant, 200, GoogleStubs.Event(conferenceId, "success")));

        var creation = await harness.Client.CreateMeetAsync(CalendarHarness.Request(conferenceId), CancellationToken.None);

        Assert.True(creation.Succeeded, creation.Failure?.Message);
        Assert.Null(creation.Failure);
        Assert.Equal(GoogleStubs.JoinUrl, creation.Conference.JoinUrl);
        Assert.Equal(GoogleStubs.MeetingCode, creation.Conference.MeetingCode);
        Assert.Equal(new DialIn("+44 20 3873 7654", "6054226", "tel:+442038737654,,6054226%23", GoogleStubs.MoreNumbersUrl), creation.Conference.DialIn);
        Assert.Empty(await harness.GetsAsync());
    }

    [Fact]
    public async Task CreateMeetAsync_AnyStart_InsertsIntoPrimaryWithConferenceDataVersionAndNoNotifications()
    {
        await using var harness = CalendarHarness.Create();
        var conferenceId = Guid.NewGuid();
        await harness.Tenant.StubAsync(GoogleStubs.Token(harness.Tenant));
        await harness.Tenant.StubAsync(GoogleStubs.Insert(harness.Tenant, 200, GoogleStubs.Event(conferenceId, "success")));

        await harness.Client.CreateMeetAsync(CalendarHarness.Request(conferenceId), CancellationToken.None);

        var insert = Assert.Single(await harness.InsertsAsync());
        var query = insert.GetProperty("queryParams");
        Assert.Equal("1", query.GetProperty("conferenceDataVersion").GetProperty("values")[0].GetString());
        Assert.Equal("none", query.GetProperty("sendUpdates").GetProperty("values")[0].GetString());
        Assert.Equal("Bearer " + GoogleStubs.AccessToken, insert.GetProperty("headers").GetProperty("Authorization").GetString());
    }

    [Fact]
    public async Task CreateMeetAsync_AnyStart_SendsEventIdAndRequestIdDerivedFromConferenceId()
    {
        await using var harness = CalendarHarness.Create();
        var conferenceId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        await harness.Tenant.StubAsync(GoogleStubs.Token(harness.Tenant));
        await harness.Tenant.StubAsync(GoogleStubs.Insert(harness.Tenant, 200, GoogleStubs.Event(conferenceId, "success")));

        await harness.Client.CreateMeetAsync(CalendarHarness.Request(conferenceId), CancellationToken.None);

        using var body = JsonDocument.Parse(Assert.Single(await harness.InsertsAsync()).GetProperty("body").GetString()!);
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
    public async Task CreateMeetAsync_PendingThenSuccess_ReadsEventAgainUntilConferenceExists()
    {
        await using var harness = CalendarHarness.Create();
        var conferenceId = Guid.NewGuid();
        var tenant = harness.Tenant;
        await tenant.StubAsync(GoogleStubs.Token(tenant));
        await tenant.StubAsync(GoogleStubs.Insert(tenant, 200, GoogleStubs.Event(conferenceId, "pending")));
        await tenant.StubAsync(GoogleStubs.Get(tenant, conferenceId, 200, GoogleStubs.Event(conferenceId, "pending")).InScenario(tenant, "Started", "Ready"));
        await tenant.StubAsync(GoogleStubs.Get(tenant, conferenceId, 200, GoogleStubs.Event(conferenceId, "success")).InScenario(tenant, "Ready"));

        var creation = await harness.Client.CreateMeetAsync(CalendarHarness.Request(conferenceId), CancellationToken.None);

        Assert.True(creation.Succeeded, creation.Failure?.Message);
        Assert.Equal(GoogleStubs.JoinUrl, creation.Conference.JoinUrl);
        Assert.Single(await harness.InsertsAsync());
        Assert.Equal(2, (await harness.GetsAsync()).Count);
    }

    [Fact]
    public async Task CreateMeetAsync_PendingThroughEveryPoll_FailsAsProviderUnavailableThatMaySucceedLater()
    {
        await using var harness = CalendarHarness.Create(new Dictionary<string, string?> { ["Google:PendingPollAttempts"] = "3" });
        var conferenceId = Guid.NewGuid();
        await harness.Tenant.StubAsync(GoogleStubs.Token(harness.Tenant));
        await harness.Tenant.StubAsync(GoogleStubs.Insert(harness.Tenant, 200, GoogleStubs.Event(conferenceId, "pending")));
        await harness.Tenant.StubAsync(GoogleStubs.Get(harness.Tenant, conferenceId, 200, GoogleStubs.Event(conferenceId, "pending")));

        var creation = await harness.Client.CreateMeetAsync(CalendarHarness.Request(conferenceId), CancellationToken.None);

        Assert.Equal(new MeetFailure(FailureReasons.ProviderUnavailable, true, creation.Failure!.Message), creation.Failure);
        Assert.Equal(3, (await harness.GetsAsync()).Count);
    }

    [Fact]
    public async Task CreateMeetAsync_CreateRequestFails_FailsAsProviderFailed()
    {
        await using var harness = CalendarHarness.Create();
        var conferenceId = Guid.NewGuid();
        await harness.Tenant.StubAsync(GoogleStubs.Token(harness.Tenant));
        await harness.Tenant.StubAsync(GoogleStubs.Insert(harness.Tenant, 200, GoogleStubs.Event(conferenceId, "pending")));
        await harness.Tenant.StubAsync(GoogleStubs.Get(harness.Tenant, conferenceId, 200, GoogleStubs.Event(conferenceId, "failure")));

        var creation = await harness.Client.CreateMeetAsync(CalendarHarness.Request(conferenceId), CancellationToken.None);

        Assert.Null(creation.Conference);
        Assert.Equal(FailureReasons.ProviderFailed, creation.Failure?.ReasonCode);
        Assert.False(creation.Failure?.RetryMayHelp);
    }

    [Fact]
    public async Task CreateMeetAsync_InsertConflicts_ReadsTheEventAlreadyMadeInsteadOfASecond()
    {
        await using var harness = CalendarHarness.Create();
        var conferenceId = Guid.NewGuid();
        await harness.Tenant.StubAsync(GoogleStubs.Token(harness.Tenant));
        await harness.Tenant.StubAsync(GoogleStubs.Insert(harness.Tenant, 409,
            GoogleStubs.Error(409, "duplicate", "The requested identifier already exists.")));
        await harness.Tenant.StubAsync(GoogleStubs.Get(harness.Tenant, conferenceId, 200, GoogleStubs.Event(conferenceId, "success")));

        var creation = await harness.Client.CreateMeetAsync(CalendarHarness.Request(conferenceId), CancellationToken.None);

        Assert.True(creation.Succeeded, creation.Failure?.Message);
        Assert.Equal(GoogleStubs.MeetingCode, creation.Conference.MeetingCode);
        Assert.Single(await harness.InsertsAsync());
        Assert.Single(await harness.GetsAsync());
    }

    [Fact]
    public async Task CreateMeetAsync_ConflictWithDeletedEvent_FailsAsInvalidRequest()
    {
        await using var harness = CalendarHarness.Create();
        var conferenceId = Guid.NewGuid();
        var deleted = GoogleStubs.Event(conferenceId, "success");
        deleted["status"] = "cancelled";
        await harness.Tenant.StubAsync(GoogleStubs.Token(harness.Tenant));
        await harness.Tenant.StubAsync(GoogleStubs.Insert(harness.Tenant, 409, GoogleStubs.Error(409, "duplicate", "The requested identifier already exists.")));
        await harness.Tenant.StubAsync(GoogleStubs.Get(harness.Tenant, conferenceId, 200, deleted));

        var creation = await harness.Client.CreateMeetAsync(CalendarHarness.Request(conferenceId), CancellationToken.None);

        Assert.Equal(FailureReasons.InvalidRequest, creation.Failure?.ReasonCode);
    }
}
