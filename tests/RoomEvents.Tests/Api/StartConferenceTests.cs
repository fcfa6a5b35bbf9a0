using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.Contracts;
using Conferencing.RoomEvents.Tests.Hosting;

namespace Conferencing.RoomEvents.Tests.Api;

public sealed class StartConferenceTests(HarnessHost host) : IClassFixture<HarnessHost>
{
    [Fact]
    public async Task Start_SameIdempotencyKeyTwice_SameConferenceAnd202Again()
    {
        var room = await TestRoom.CreateAsync(host);

        var first = await room.StartAsync(host, idempotencyKey: "click-1");
        var second = await room.StartAsync(host, idempotencyKey: "click-1");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(await ConferenceIdOf(first), await ConferenceIdOf(second));
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await host.CountConferencesAsync(room.RoomId));
    }

    [Fact]
    public async Task Start_SameIdempotencyKeyAtOnce_OneConference()
    {
        var room = await TestRoom.CreateAsync(host);

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => room.StartAsync(host, idempotencyKey: "double-click")));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Accepted, response.StatusCode));
        Assert.Single((await Task.WhenAll(responses.Select(ConferenceIdOf))).Distinct());
        Assert.Equal(1, await host.CountConferencesAsync(room.RoomId));
    }

    [Fact]
    public async Task Start_SameIdempotencyKeyWithAnotherTopic_422ProblemAndNothingNew()
    {
        var room = await TestRoom.CreateAsync(host);
        await room.StartAsync(host, topic: "Weekly sync", idempotencyKey: "click-2");

        var reused = await room.StartAsync(host, topic: "Something else", idempotencyKey: "click-2");

        await ProblemAssert.IsProblemAsync(reused, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(1, await host.CountConferencesAsync(room.RoomId));
    }

    [Fact]
    public async Task Start_SameKeyByAnotherMember_SeparateConference()
    {
        var room = await TestRoom.CreateAsync(host);

        var alices = await room.StartAsync(host, TestRoom.Alice, idempotencyKey: "shared-key");
        var bobs = await room.StartAsync(host, TestRoom.Bob, idempotencyKey: "shared-key");

        Assert.NotEqual(await ConferenceIdOf(alices), await ConferenceIdOf(bobs));
    }

    [Fact]
    public async Task Start_NotAMember_403AndNothingStored()
    {
        var room = await TestRoom.CreateAsync(host);

        var response = await room.StartAsync(host, TestRoom.Mallory);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(0, await host.CountConferencesAsync(room.RoomId));
    }

    [Fact]
    public async Task Start_UnknownRoom_404()
    {
        var response = await new TestRoom("T-none", "C-" + Guid.NewGuid().ToString("N")).StartAsync(host);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Start_UnknownProvider_400NamingProviderAndNothingStored()
    {
        var room = await TestRoom.CreateAsync(host);

        var response = await room.StartAsync(host, provider: "zoom");

        var problem = await ProblemAssert.IsInvalidAsync(response, "provider");
        Assert.Contains("google-hangout", problem.GetProperty("errors").GetProperty("provider")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await host.CountConferencesAsync(room.RoomId));
    }

    [Fact]
    public async Task Start_TopicTooLongWithBidiOverride_400NamingTopic()
    {
        var room = await TestRoom.CreateAsync(host);

        var response = await room.StartAsync(host, topic: new string('x', 201));
        var bidi = await room.StartAsync(host, topic: "invoice\u202Efdp.exe");

        await ProblemAssert.IsInvalidAsync(response, "topic");
        await ProblemAssert.IsInvalidAsync(bidi, "topic");
        Assert.Equal(0, await host.CountConferencesAsync(room.RoomId));
    }

    [Fact]
    public async Task Start_WithoutActingUser_400NamingTheHeader()
    {
        var room = await TestRoom.CreateAsync(host);
        using var client = host.Client();

        var response = await client.PostAsJsonAsync($"/api/rooms/{room.RoomId}/conferences", new { provider = "google-hangout" });

        await ProblemAssert.IsInvalidAsync(response, "X-User-Id");
    }

    [Fact]
    public async Task Start_ProviderSwitchedOff_403WithTheReason()
    {
        var room = await TestRoom.CreateAsync(host, googleHangout: false);

        var response = await room.StartAsync(host);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("switched google-hangout off", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await host.CountConferencesAsync(room.RoomId));
    }

    [Fact]
    public async Task Start_UberConferenceForTeamWithoutPin_CommandCarriesNoPin()
    {
        var room = await TestRoom.CreateAsync(host, uberConferencePin: null);

        var response = await room.StartAsync(host, provider: "uberconference");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var conferenceId = await ConferenceIdOf(response);
        Assert.Null((await host.Harness.FirstSentAsync<StartUberConference>(command => command.ConferenceId == conferenceId)).Pin);
    }

    [Fact]
    public async Task Start_UberConferenceSwitchedOff_403AndNothingStored()
    {
        var room = await TestRoom.CreateAsync(host, uberConference: false);

        var response = await room.StartAsync(host, provider: "uberconference");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("switched uberconference off", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await host.CountConferencesAsync(room.RoomId));
    }

    private static async Task<Guid> ConferenceIdOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conferenceId").GetGuid();
}
