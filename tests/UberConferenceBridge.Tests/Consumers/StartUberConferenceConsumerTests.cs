using Conferencing.Contracts;
using Conferencing.Hosting.Telemetry;
using Conferencing.UberConferenceBridge.Consumers;
using Conferencing.UberConferenceBridge.Dialpad;
using Conferencing.UberConferenceBridge.Rooms;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Conferencing.UberConferenceBridge.Tests.Consumers;

/// <summary>The consumer on MassTransit's in-memory test harness, with the room lookup played by a stand-in.</summary>
public sealed class StartUberConferenceConsumerTests
{
    private const string JoinUrl = "https://meetings.dialpad.com/room/alice";

    [Fact]
    public async Task Consume_StarterHasRoomAndTeamHasPin_PublishesStartedWithJoinLinkAndOneTapDialIn()
    {
        var started = await StartedAsync(Found("+15550100199"), pin: "123456");

        Assert.Equal(ConferenceProviders.UberConference, started.Provider);
        Assert.Equal("room-1", started.RoomId);
        Assert.Equal(JoinUrl, started.JoinUrl);
        Assert.Equal(new DialIn("+1 555 010 0199", "123456", "tel:+15550100199,,123456%23", null), started.DialIn);
        Assert.Null(started.RestrictedToDomain);
        Assert.Empty(started.ExcludedMembers);
    }

    [Fact]
    public async Task Consume_TeamWithoutPin_OneTapOnlyDials()
    {
        var started = await StartedAsync(Found("+15550100199"), pin: null);

        Assert.Equal("tel:+15550100199", started.DialIn?.OneTapUri);
        Assert.Null(started.DialIn?.Pin);
    }

    [Fact]
    public async Task Consume_RoomWithoutNumber_StartedWithoutDialIn()
    {
        var started = await StartedAsync(Found(number: null), pin: "123456");

        Assert.Equal(JoinUrl, started.JoinUrl);
        Assert.Null(started.DialIn);
    }

    [Fact]
    public async Task Consume_NoRoom_PublishesTheLookupsFailure()
    {
        var failure = new RoomFailure(FailureReasons.NoMeetingRoom, false, "alice@acme.example has no room.");

        var failed = await FailedAsync(RoomLookup.Failed(failure), pin: "123456");

        Assert.Equal(
            new ConferenceStartFailed(failed.ConferenceId, "room-1", ConferenceProviders.UberConference, FailureReasons.NoMeetingRoom, false, failure.Message),
            failed);
    }

    [Fact]
    public async Task Consume_PinNotDigits_NotConfiguredNamingTheSetting()
    {
        var failed = await FailedAsync(Found("+15550100199"), pin: "12ab");

        Assert.Equal(FailureReasons.NotConfigured, failed.ReasonCode);
        Assert.Contains("providers.uberconference.pin", failed.Message, StringComparison.Ordinal);
    }

    private static RoomLookup Found(string? number) =>
        RoomLookup.Of(new MeetingRoom("room-id-9", "Alice's room", "alice@acme.example", "Acme", number, JoinUrl), JoinUrl);

    private static async Task<ConferenceStarted> StartedAsync(RoomLookup lookup, string? pin) =>
        await PublishedAsync<ConferenceStarted>(lookup, pin);

    private static Task<ConferenceStartFailed> FailedAsync(RoomLookup lookup, string? pin) => PublishedAsync<ConferenceStartFailed>(lookup, pin);

    private static async Task<T> PublishedAsync<T>(RoomLookup lookup, string? pin) where T : class
    {
        await using var provider = new ServiceCollection()
            .AddSingleton<IMeetingRooms>(new StandInRooms(lookup))
            .AddSingleton(TimeProvider.System)
            .AddMetrics()
            .AddSingleton<ProviderCalls>()
            .AddMassTransitTestHarness(bus => bus.AddConsumer<StartUberConferenceConsumer>())
            .BuildServiceProvider(validateScopes: true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        var command = new StartUberConference(
            Guid.NewGuid(), "team-1", "room-1", new ChatMember("alice", "Alice", "alice@acme.example"), "Standup", "en", null, [],
            DateTimeOffset.UtcNow, pin);
        await harness.Bus.Publish(command);

        Assert.True(await harness.Consumed.Any<StartUberConference>(), "The command was not consumed.");
        Assert.True(await harness.Published.Any<T>(), $"No {typeof(T).Name} was published.");
        var published = harness.Published.Select<T>().Single().Context.Message;
        await harness.Stop();
        return published;
    }

    private sealed class StandInRooms(RoomLookup lookup) : IMeetingRooms
    {
        public Task<RoomLookup> FindAsync(string email, Guid conferenceId, CancellationToken cancellationToken) => Task.FromResult(lookup);
    }
}
