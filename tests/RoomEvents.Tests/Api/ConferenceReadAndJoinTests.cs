using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.Contracts;
using Conferencing.RoomEvents.Tests.Hosting;

namespace Conferencing.RoomEvents.Tests.Api;

public sealed class ConferenceReadAndJoinTests(HarnessHost host) : IClassFixture<HarnessHost>
{
    [Fact]
    public async Task Get_MemberWhileStarting_StatusStartingAndWhoStartedIt()
    {
        var room = await TestRoom.CreateAsync(host);
        var conferenceId = await room.StartedByAliceAsync(host, topic: "Planning");
        using var bob = host.Client(TestRoom.Bob);

        var conference = await bob.GetFromJsonAsync<JsonElement>($"/api/conferences/{conferenceId}");

        Assert.Equal(conferenceId, conference.GetProperty("conferenceId").GetGuid());
        Assert.Equal("google-hangout", conference.GetProperty("provider").GetString());
        Assert.Equal("starting", conference.GetProperty("status").GetString());
        Assert.Equal("Planning", conference.GetProperty("topic").GetString());
        Assert.Equal(TestRoom.Alice, conference.GetProperty("startedBy").GetProperty("userId").GetString());
        Assert.Equal(JsonValueKind.Null, conference.GetProperty("joinUrl").ValueKind);
    }

    [Fact]
    public async Task Get_Started_ShowsJoinUrlMeetingCodeAndDialIn()
    {
        var room = await TestRoom.CreateAsync(host);
        var conferenceId = await room.StartedByAliceAsync(host);
        await host.PublishAsync(ConferenceEvents.Open(conferenceId, room.RoomId));
        await host.Consumed.WaitForAsync<ConferenceStarted>(e => e.ConferenceId == conferenceId);
        using var bob = host.Client(TestRoom.Bob);

        var conference = await bob.GetFromJsonAsync<JsonElement>($"/api/conferences/{conferenceId}");

        Assert.Equal("started", conference.GetProperty("status").GetString());
        Assert.Equal(ConferenceEvents.JoinUrl, conference.GetProperty("joinUrl").GetString());
        Assert.Equal("abc-mnop-xyz", conference.GetProperty("meetingCode").GetString());
        var dialIn = conference.GetProperty("dialIn");
        Assert.Equal("+1 555-010-0199", dialIn.GetProperty("number").GetString());
        Assert.Equal("123456789", dialIn.GetProperty("pin").GetString());
        Assert.Equal("tel:+15550100199,,123456789%23", dialIn.GetProperty("oneTapUri").GetString());
    }

    [Fact]
    public async Task Get_NotAMember_403()
    {
        var room = await TestRoom.CreateAsync(host);
        var conferenceId = await room.StartedByAliceAsync(host);
        using var mallory = host.Client(TestRoom.Mallory);

        await ProblemAssert.IsProblemAsync(await mallory.GetAsync(new Uri($"/api/conferences/{conferenceId}", UriKind.Relative)), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Get_UnknownConference_404()
    {
        using var alice = host.Client(TestRoom.Alice);

        await ProblemAssert.IsProblemAsync(await alice.GetAsync(new Uri($"/api/conferences/{Guid.NewGuid()}", UriKind.Relative)), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Join_RestrictedConference_OutsiderOfTheDomain403AndNoLinkAnywhere()
    {
        var (room, conferenceId) = await RestrictedConferenceAsync();
        using var bob = host.Client(TestRoom.Bob);

        var join = await bob.PostAsync(new Uri($"/api/conferences/{conferenceId}/join", UriKind.Relative), null);

        var problem = await ProblemAssert.IsProblemAsync(join, HttpStatusCode.Forbidden);
        Assert.Contains(TestRoom.WorkspaceDomain, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var conference = await bob.GetFromJsonAsync<JsonElement>($"/api/conferences/{conferenceId}");
        Assert.Equal(JsonValueKind.Null, conference.GetProperty("joinUrl").ValueKind);
        Assert.Equal(TestRoom.Bob, conference.GetProperty("excludedMembers")[0].GetProperty("userId").GetString());
        var timeline = await bob.GetStringAsync(new Uri($"/api/rooms/{room.RoomId}/messages", UriKind.Relative));
        Assert.DoesNotContain("meet.google.com", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Join_RestrictedConference_DomainAccountGetsJoinUrl()
    {
        var (_, conferenceId) = await RestrictedConferenceAsync();
        using var alice = host.Client(TestRoom.Alice);

        var join = await alice.PostAsync(new Uri($"/api/conferences/{conferenceId}/join", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, join.StatusCode);
        Assert.Equal(ConferenceEvents.JoinUrl, (await join.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("joinUrl").GetString());
    }

    [Fact]
    public async Task Join_NotAMember_403()
    {
        var (_, conferenceId) = await RestrictedConferenceAsync();
        using var mallory = host.Client(TestRoom.Mallory);

        var join = await mallory.PostAsync(new Uri($"/api/conferences/{conferenceId}/join", UriKind.Relative), null);

        await ProblemAssert.IsProblemAsync(join, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Join_StillStarting_409()
    {
        var room = await TestRoom.CreateAsync(host);
        var conferenceId = await room.StartedByAliceAsync(host);
        using var alice = host.Client(TestRoom.Alice);

        var join = await alice.PostAsync(new Uri($"/api/conferences/{conferenceId}/join", UriKind.Relative), null);

        await ProblemAssert.IsProblemAsync(join, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Join_OpenConference_AnyMemberGetsJoinUrl()
    {
        var room = await TestRoom.CreateAsync(host);
        var conferenceId = await room.StartedByAliceAsync(host);
        await host.PublishAsync(ConferenceEvents.Open(conferenceId, room.RoomId));
        await host.Consumed.WaitForAsync<ConferenceStarted>(e => e.ConferenceId == conferenceId);
        using var bob = host.Client(TestRoom.Bob);

        var join = await bob.PostAsync(new Uri($"/api/conferences/{conferenceId}/join", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, join.StatusCode);
    }

    private async Task<(TestRoom Room, Guid ConferenceId)> RestrictedConferenceAsync()
    {
        var room = await TestRoom.CreateAsync(host);
        var conferenceId = await room.StartedByAliceAsync(host);
        await host.PublishAsync(ConferenceEvents.Restricted(conferenceId, room.RoomId));
        await host.Consumed.WaitForAsync<ConferenceStarted>(e => e.ConferenceId == conferenceId);
        return (room, conferenceId);
    }
}
