using System.Net;
using System.Text.Json;
using Conferencing.Contracts;
using Conferencing.RoomEvents.Live;
using Conferencing.RoomEvents.Tests.Hosting;
using Conferencing.RoomEvents.Tests.Lifecycle;
using Conferencing.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Conferencing.RoomEvents.Tests.Live;

public sealed class RoomStreamTests(StreamHost host) : IClassFixture<StreamHost>
{
    [Fact]
    public async Task Stream_ConferenceStartedConsumed_MemberReceivesTheInvitationAndTheConference()
    {
        var room = await TestRoom.CreateAsync(host);
        await using var stream = await EventStreamClient.OpenAsync(host.Client(TestRoom.Alice), room.RoomId);
        var conferenceId = await room.StartedByAliceAsync(host);

        await host.PublishAsync(ConferenceEvents.Open(conferenceId, room.RoomId));

        var message = await stream.WaitForAsync(ServerSentEvent.Message, data => data.GetProperty("conferenceId").GetGuid() == conferenceId);
        Assert.Equal("invitation", message.Data.GetProperty("kind").GetString());
        Assert.StartsWith("**Alice Smith** started a conference on Google Meet", message.Data.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(ConferenceEvents.JoinUrl, message.Data.GetProperty("invitation").GetProperty("joinUrl").GetString());
        // The same JSON as the timeline shows.
        var timeline = Assert.Single(await TeamRooms.TimelineAsync(host, room.RoomId, TestRoom.Alice));
        Assert.Equal(timeline.GetRawText(), message.Data.GetRawText());
        var conference = await stream.WaitForAsync(ServerSentEvent.Conference, data => data.GetProperty("conferenceId").GetGuid() == conferenceId);
        Assert.Equal("started", conference.Data.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Stream_RestrictedConference_EachViewerGetsWhatTheyMaySee()
    {
        var room = await TestRoom.CreateAsync(host);
        await using var alice = await EventStreamClient.OpenAsync(host.Client(TestRoom.Alice), room.RoomId);
        await using var bob = await EventStreamClient.OpenAsync(host.Client(TestRoom.Bob), room.RoomId);
        var conferenceId = await room.StartedByAliceAsync(host);

        await host.PublishAsync(ConferenceEvents.Restricted(conferenceId, room.RoomId));

        var forAlice = await alice.WaitForAsync(ServerSentEvent.Message, data => data.GetProperty("conferenceId").GetGuid() == conferenceId);
        var forBob = await bob.WaitForAsync(ServerSentEvent.Message, data => data.GetProperty("conferenceId").GetGuid() == conferenceId);
        Assert.Equal(ConferenceEvents.JoinUrl, forAlice.Data.GetProperty("invitation").GetProperty("joinUrl").GetString());
        Assert.Equal(JsonValueKind.Null, forBob.Data.GetProperty("invitation").GetProperty("joinUrl").ValueKind);
    }

    [Fact]
    public async Task Stream_ConferenceEnded_EndedMessageAndConferenceWithoutJoinLink()
    {
        var room = await TestRoom.CreateAsync(host);
        var conferenceId = await TeamRooms.RunningAsync(host, room);
        await using var stream = await EventStreamClient.OpenAsync(host.Client(TestRoom.Bob), room.RoomId);

        Assert.Equal(HttpStatusCode.OK, (await TeamRooms.EndAsync(host, conferenceId, TestRoom.Alice)).StatusCode);

        var ended = await stream.WaitForAsync(ServerSentEvent.Message, data => data.GetProperty("kind").GetString() == "ended");
        Assert.Equal("**Alice Smith** ended the conference on Google Meet: **Weekly sync**", ended.Data.GetProperty("text").GetString());
        var conference = await stream.WaitForAsync(ServerSentEvent.Conference, data => data.GetProperty("status").GetString() == "ended");
        Assert.Equal(JsonValueKind.Null, conference.Data.GetProperty("joinUrl").ValueKind);
    }

    [Fact]
    public async Task Stream_ConferenceStartFailed_FailureMessageArrives()
    {
        var room = await TestRoom.CreateAsync(host);
        await using var stream = await EventStreamClient.OpenAsync(host.Client(TestRoom.Bob), room.RoomId);
        var conferenceId = await room.StartedByAliceAsync(host);

        await host.PublishAsync(ConferenceEvents.Failed(conferenceId, room.RoomId));

        var failure = await stream.WaitForAsync(ServerSentEvent.Message, data => data.GetProperty("kind").GetString() == "failure");
        Assert.Equal(FailureReasons.ProviderUnavailable, failure.Data.GetProperty("failure").GetProperty("code").GetString());
        await stream.WaitForAsync(ServerSentEvent.Conference, data => data.GetProperty("status").GetString() == "failed");
    }

    [Fact]
    public async Task Stream_OtherRoomsChange_NothingArrives()
    {
        var room = await TestRoom.CreateAsync(host);
        var other = await TestRoom.CreateAsync(host);
        await using var stream = await EventStreamClient.OpenAsync(host.Client(TestRoom.Bob), room.RoomId);
        await using var otherStream = await EventStreamClient.OpenAsync(host.Client(TestRoom.Bob), other.RoomId);

        var elsewhere = await TeamRooms.RunningAsync(host, other);
        await otherStream.WaitForAsync(ServerSentEvent.Conference, data => data.GetProperty("conferenceId").GetGuid() == elsewhere);
        var here = await TeamRooms.RunningAsync(host, room);
        await stream.WaitForAsync(ServerSentEvent.Conference, data => data.GetProperty("conferenceId").GetGuid() == here);

        // One consumer takes the changes in order: the other room's came first and never reached this stream.
        Assert.All(stream.Events, e => Assert.Equal(here, e.Data.GetProperty("conferenceId").GetGuid()));
    }

    [Fact]
    public async Task Stream_Idle_SendsKeepAliveComments()
    {
        var room = await TestRoom.CreateAsync(host);
        await using var stream = await EventStreamClient.OpenAsync(host.Client(TestRoom.Bob), room.RoomId);

        await stream.WaitUntilAsync(_ => stream.Comments >= 2 ? "two" : null, "no keep-alive comments");

        Assert.Empty(stream.Events);
    }

    [Fact]
    public async Task Stream_ClientGoesAway_StreamIsClosedOnTheServer()
    {
        var room = await TestRoom.CreateAsync(host);
        var subscriptions = host.Factory.Services.GetRequiredService<RoomSubscriptions>();
        var stream = await EventStreamClient.OpenAsync(host.Client(TestRoom.Bob), room.RoomId);
        Assert.Single(subscriptions.In(room.RoomId));

        await stream.DisposeAsync();

        await Eventually.TrueAsync(() => Task.FromResult(subscriptions.In(room.RoomId).Count == 0), "the stream stayed registered");
    }

    [Fact]
    public async Task Stream_NotAMember_ForbiddenProblem()
    {
        var room = await TestRoom.CreateAsync(host);
        using var mallory = host.Client(TestRoom.Mallory);

        var response = await mallory.GetAsync(new Uri($"/api/rooms/{room.RoomId}/stream", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Stream_WithoutCredentials_Unauthorized()
    {
        var room = await TestRoom.CreateAsync(host);
        using var anonymous = host.Client(TestRoom.Bob, apiKey: null);

        var response = await anonymous.GetAsync(new Uri($"/api/rooms/{room.RoomId}/stream", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }
}
