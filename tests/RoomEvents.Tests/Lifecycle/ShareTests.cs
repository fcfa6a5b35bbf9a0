using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.RoomEvents.Storage;
using Conferencing.RoomEvents.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Tests.Lifecycle;

public sealed class ShareTests(HarnessHost host) : IClassFixture<HarnessHost>
{
    [Fact]
    public async Task Share_OpenConferenceIntoAnotherRoom_InvitationWithJoinLinkThere()
    {
        var room = await TestRoom.CreateAsync(host);
        var design = await TeamRooms.CreateAsync(host, room.TeamId, "design", TeamRooms.AliceMember, TeamRooms.CarolMember);
        var conferenceId = await TeamRooms.RunningAsync(host, room);

        var response = await TeamRooms.ShareAsync(host, conferenceId, design, TestRoom.Alice);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(design, created.GetProperty("roomId").GetString());
        var invitation = Assert.Single(await TeamRooms.TimelineAsync(host, design, TeamRooms.Carol));
        Assert.Equal(created.GetProperty("messageId").GetGuid(), invitation.GetProperty("messageId").GetGuid());
        Assert.Equal("invitation", invitation.GetProperty("kind").GetString());
        var text = invitation.GetProperty("text").GetString()!;
        Assert.StartsWith("**Alice Smith** started a conference on Google Meet: **Weekly sync**\n**Alice Smith** shared this from general.\n", text, StringComparison.Ordinal);
        Assert.Contains("[Join](https://meet.google.com/abc-mnop-xyz)", text, StringComparison.Ordinal);
        Assert.Equal(ConferenceEvents.JoinUrl, invitation.GetProperty("invitation").GetProperty("joinUrl").GetString());
        // Carol is not in the conference's own room, but the invitation in hers lets her read and join it.
        using var carol = host.Client(TeamRooms.Carol);
        var join = await carol.PostAsync(new Uri($"/api/conferences/{conferenceId}/join", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, join.StatusCode);
    }

    [Fact]
    public async Task Share_RestrictedConferenceIntoRoomWithOutsiders_ListsThatRoomsOutsiders()
    {
        var room = await TestRoom.CreateAsync(host);
        var design = await TeamRooms.CreateAsync(host, room.TeamId, "design", TeamRooms.AliceMember, TeamRooms.CarolMember, TeamRooms.DaveMember);
        var conferenceId = await TeamRooms.RunningAsync(host, room, restricted: true);

        var response = await TeamRooms.ShareAsync(host, conferenceId, design, TestRoom.Alice);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var invitation = Assert.Single(await TeamRooms.TimelineAsync(host, design, TeamRooms.Dave));
        var text = invitation.GetProperty("text").GetString()!;
        // This room's outsider (Carol), not the conference room's (Bob).
        Assert.Contains("Only accounts of example\\.com can join", text, StringComparison.Ordinal);
        Assert.Contains("Cannot join: Carol", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bob", text, StringComparison.Ordinal);
        Assert.DoesNotContain("meet.google.com", text, StringComparison.Ordinal);
        var excluded = invitation.GetProperty("invitation").GetProperty("excludedMembers").EnumerateArray();
        Assert.Equal([TeamRooms.Carol], excluded.Select(m => m.GetProperty("userId").GetString()));
        Assert.Equal(ConferenceEvents.JoinUrl, invitation.GetProperty("invitation").GetProperty("joinUrl").GetString());

        using var carol = host.Client(TeamRooms.Carol);
        Assert.Equal(HttpStatusCode.Forbidden, (await carol.PostAsync(new Uri($"/api/conferences/{conferenceId}/join", UriKind.Relative), null)).StatusCode);
        using var dave = host.Client(TeamRooms.Dave);
        Assert.Equal(HttpStatusCode.OK, (await dave.PostAsync(new Uri($"/api/conferences/{conferenceId}/join", UriKind.Relative), null)).StatusCode);
    }

    [Fact]
    public async Task Share_RestrictedConferenceIntoRoomWithoutOutsiders_NoOneListed()
    {
        var room = await TestRoom.CreateAsync(host);
        var design = await TeamRooms.CreateAsync(host, room.TeamId, "design", TeamRooms.AliceMember, TeamRooms.DaveMember);
        var conferenceId = await TeamRooms.RunningAsync(host, room, restricted: true);

        var response = await TeamRooms.ShareAsync(host, conferenceId, design, TestRoom.Alice);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var invitation = Assert.Single(await TeamRooms.TimelineAsync(host, design, TeamRooms.Dave));
        Assert.DoesNotContain("Cannot join", invitation.GetProperty("text").GetString()!, StringComparison.Ordinal);
        Assert.Empty(invitation.GetProperty("invitation").GetProperty("excludedMembers").EnumerateArray());
    }

    [Fact]
    public async Task Share_Twice_AnswersTheSameMessage()
    {
        var room = await TestRoom.CreateAsync(host);
        var design = await TeamRooms.CreateAsync(host, room.TeamId, "design", TeamRooms.AliceMember, TeamRooms.BobMember);
        var conferenceId = await TeamRooms.RunningAsync(host, room);

        var responses = await Task.WhenAll(
            TeamRooms.ShareAsync(host, conferenceId, design, TestRoom.Alice),
            TeamRooms.ShareAsync(host, conferenceId, design, TestRoom.Bob));
        var again = await TeamRooms.ShareAsync(host, conferenceId, design, TestRoom.Alice);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Created], responses.Select(r => r.StatusCode).Order());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var messageIds = new List<Guid>();
        foreach (var response in responses.Append(again))
            messageIds.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messageId").GetGuid());
        Assert.Single(messageIds.Distinct());
        Assert.Equal(1, await host.QueryAsync(db => db.TimelineMessages.CountAsync(m => m.ConferenceId == conferenceId && m.RoomId == design)));
        Assert.Equal(1, await host.QueryAsync(db => db.ConferenceShares.CountAsync(s => s.ConferenceId == conferenceId)));
    }

    [Fact]
    public async Task Share_IntoItsOwnRoom_AnswersTheOriginalInvitation()
    {
        var room = await TestRoom.CreateAsync(host);
        var conferenceId = await TeamRooms.RunningAsync(host, room);

        var response = await TeamRooms.ShareAsync(host, conferenceId, room.RoomId, TestRoom.Bob);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var original = Assert.Single(await TeamRooms.TimelineAsync(host, room.RoomId, TestRoom.Bob));
        Assert.Equal(original.GetProperty("messageId").GetGuid(), (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messageId").GetGuid());
    }

    [Fact]
    public async Task Share_IntoAnotherTeamsRoom_Forbidden()
    {
        var room = await TestRoom.CreateAsync(host);
        var otherTeam = await TestRoom.CreateAsync(host);
        var conferenceId = await TeamRooms.RunningAsync(host, room);

        var response = await TeamRooms.ShareAsync(host, conferenceId, otherTeam.RoomId, TestRoom.Alice);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("The room belongs to another team.", problem.GetProperty("title").GetString());
        Assert.Empty(await TeamRooms.TimelineAsync(host, otherTeam.RoomId, TestRoom.Alice));
    }

    [Fact]
    public async Task Share_IntoRoomTheSharerIsNotIn_Forbidden()
    {
        var room = await TestRoom.CreateAsync(host);
        var design = await TeamRooms.CreateAsync(host, room.TeamId, "design", TeamRooms.CarolMember);
        var conferenceId = await TeamRooms.RunningAsync(host, room);

        var response = await TeamRooms.ShareAsync(host, conferenceId, design, TestRoom.Bob);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Empty(await TeamRooms.TimelineAsync(host, design, TeamRooms.Carol));
    }

    [Fact]
    public async Task Share_BySomeoneWhoCannotSeeTheConference_Forbidden()
    {
        var room = await TestRoom.CreateAsync(host);
        var design = await TeamRooms.CreateAsync(host, room.TeamId, "design", TeamRooms.CarolMember);
        var conferenceId = await TeamRooms.RunningAsync(host, room);

        var response = await TeamRooms.ShareAsync(host, conferenceId, design, TeamRooms.Carol);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Empty(await TeamRooms.TimelineAsync(host, design, TeamRooms.Carol));
    }

    [Fact]
    public async Task Share_ConferenceStillStarting_Conflict()
    {
        var room = await TestRoom.CreateAsync(host);
        var design = await TeamRooms.CreateAsync(host, room.TeamId, "design", TeamRooms.AliceMember);
        var conferenceId = await room.StartedByAliceAsync(host);

        var response = await TeamRooms.ShareAsync(host, conferenceId, design, TestRoom.Alice);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Empty(await TeamRooms.TimelineAsync(host, design, TestRoom.Alice));
    }

    [Fact]
    public async Task Share_MissingRoomId_InvalidWithFieldReason()
    {
        var room = await TestRoom.CreateAsync(host);
        var conferenceId = await TeamRooms.RunningAsync(host, room);
        using var alice = host.Client(TestRoom.Alice);

        var response = await alice.PostAsJsonAsync($"/api/conferences/{conferenceId}/shares", new { });

        await ProblemAssert.IsInvalidAsync(response, "roomId");
    }

    [Fact]
    public async Task Share_ThenConferenceEnds_SharedInvitationSaysEndedAndRoomGetsFollowUp()
    {
        var room = await TestRoom.CreateAsync(host);
        var design = await TeamRooms.CreateAsync(host, room.TeamId, "design", TeamRooms.AliceMember, TeamRooms.CarolMember);
        var conferenceId = await TeamRooms.RunningAsync(host, room);
        Assert.Equal(HttpStatusCode.Created, (await TeamRooms.ShareAsync(host, conferenceId, design, TestRoom.Alice)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await TeamRooms.EndAsync(host, conferenceId, TestRoom.Alice)).StatusCode);

        var timeline = await TeamRooms.TimelineAsync(host, design, TeamRooms.Carol);
        Assert.Equal(["invitation", "ended"], timeline.Select(m => m.GetProperty("kind").GetString()));
        Assert.Equal(
            "**Alice Smith** started a conference on Google Meet: **Weekly sync**\n**Alice Smith** shared this from general.\nThis conference has ended.",
            timeline[0].GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, timeline[0].GetProperty("invitation").GetProperty("joinUrl").ValueKind);
        Assert.Equal("**Alice Smith** ended the conference on Google Meet: **Weekly sync**", timeline[1].GetProperty("text").GetString());
        Assert.Equal(2, await host.QueryAsync(db => db.TimelineMessages.CountAsync(m => m.ConferenceId == conferenceId && m.Kind == TimelineMessageKind.Ended)));
    }
}
