using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.RoomEvents.Storage;
using Conferencing.RoomEvents.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Tests.Lifecycle;

public sealed class EndConferenceTests(HarnessHost host) : IClassFixture<HarnessHost>
{
    [Fact]
    public async Task End_ByStarter_InvitationSaysEndedAndLosesItsJoinLink()
    {
        var room = await TestRoom.CreateAsync(host);
        var conferenceId = await TeamRooms.RunningAsync(host, room);

        var response = await TeamRooms.EndAsync(host, conferenceId, TestRoom.Alice);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ended = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ended", ended.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, ended.GetProperty("joinUrl").ValueKind);
        Assert.Equal(JsonValueKind.Null, ended.GetProperty("dialIn").ValueKind);
        Assert.Equal(TestRoom.Alice, ended.GetProperty("endedBy").GetProperty("userId").GetString());

        var timeline = await TeamRooms.TimelineAsync(host, room.RoomId, TestRoom.Bob);
        Assert.Equal(["invitation", "ended"], timeline.Select(m => m.GetProperty("kind").GetString()));
        Assert.Equal(
            "**Alice Smith** started a conference on Google Meet: **Weekly sync**\nThis conference has ended.",
            timeline[0].GetProperty("text").GetString());
        Assert.Equal("ended", timeline[0].GetProperty("invitation").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, timeline[0].GetProperty("invitation").GetProperty("joinUrl").ValueKind);
        Assert.Equal("**Alice Smith** ended the conference on Google Meet: **Weekly sync**", timeline[1].GetProperty("text").GetString());

        var conference = await TeamRooms.ConferenceAsync(host, conferenceId, TestRoom.Bob);
        Assert.Equal("ended", conference.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, conference.GetProperty("joinUrl").ValueKind);
        using var bob = host.Client(TestRoom.Bob);
        var join = await bob.PostAsync(new Uri($"/api/conferences/{conferenceId}/join", UriKind.Relative), null);
        var problem = await ProblemAssert.IsProblemAsync(join, HttpStatusCode.Conflict);
        Assert.Equal("The conference has ended.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task End_ByStranger_ForbiddenAndStillRunning()
    {
        var room = await TestRoom.CreateAsync(host);
        var conferenceId = await TeamRooms.RunningAsync(host, room);

        // Bob is in the room but neither started it nor is an admin; Mallory is not even in the room.
        var byBob = await TeamRooms.EndAsync(host, conferenceId, TestRoom.Bob);
        var byMallory = await TeamRooms.EndAsync(host, conferenceId, TestRoom.Mallory);

        await ProblemAssert.IsProblemAsync(byBob, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(byMallory, HttpStatusCode.Forbidden);
        Assert.Equal("started", (await TeamRooms.ConferenceAsync(host, conferenceId, TestRoom.Bob)).GetProperty("status").GetString());
        Assert.Single(await TeamRooms.TimelineAsync(host, room.RoomId, TestRoom.Bob));
    }

    [Fact]
    public async Task End_ByAdmin_EndedInTheAdminsName()
    {
        var room = await TestRoom.CreateAsync(host);
        var conferenceId = await TeamRooms.RunningAsync(host, room, starter: TestRoom.Bob);

        var response = await TeamRooms.EndAsync(host, conferenceId, TestRoom.Alice);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var timeline = await TeamRooms.TimelineAsync(host, room.RoomId, TestRoom.Bob);
        Assert.Equal("**Alice Smith** ended the conference on Google Meet: **Weekly sync**", timeline[^1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task End_Twice_SecondAnswersTheEndedConferenceAndWritesNothing()
    {
        var room = await TestRoom.CreateAsync(host);
        var conferenceId = await TeamRooms.RunningAsync(host, room);

        var responses = await Task.WhenAll(
            TeamRooms.EndAsync(host, conferenceId, TestRoom.Alice),
            TeamRooms.EndAsync(host, conferenceId, TestRoom.Alice));
        var again = await TeamRooms.EndAsync(host, conferenceId, TestRoom.Alice);

        Assert.All(responses.Append(again), response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(1, await host.QueryAsync(db => db.TimelineMessages.CountAsync(m => m.ConferenceId == conferenceId && m.Kind == TimelineMessageKind.Ended)));
    }

    [Fact]
    public async Task End_ConferenceStillStarting_Conflict()
    {
        var room = await TestRoom.CreateAsync(host);
        var conferenceId = await room.StartedByAliceAsync(host);

        var response = await TeamRooms.EndAsync(host, conferenceId, TestRoom.Alice);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("starting", (await TeamRooms.ConferenceAsync(host, conferenceId, TestRoom.Alice)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task End_UnknownConference_NotFound()
    {
        var response = await TeamRooms.EndAsync(host, Guid.NewGuid(), TestRoom.Alice);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task End_RussianTeam_InvitationAndFollowUpInRussian()
    {
        var room = await TestRoom.CreateAsync(host, locale: "ru");
        var conferenceId = await TeamRooms.RunningAsync(host, room);

        Assert.Equal(HttpStatusCode.OK, (await TeamRooms.EndAsync(host, conferenceId, TestRoom.Alice)).StatusCode);

        var timeline = await TeamRooms.TimelineAsync(host, room.RoomId, TestRoom.Alice);
        Assert.Equal(
            "**Alice Smith** начинает конференцию Google Meet: **Weekly sync**\nКонференция завершена.",
            timeline[0].GetProperty("text").GetString());
        Assert.Equal("**Alice Smith** завершает конференцию Google Meet: **Weekly sync**", timeline[1].GetProperty("text").GetString());
    }
}
