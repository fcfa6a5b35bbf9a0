using Conferencing.Contracts;
using Conferencing.HangoutBridge.Consumers;
using Conferencing.HangoutBridge.Google;
using Conferencing.Hosting.Telemetry;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Conferencing.HangoutBridge.Tests.Consumers;

/// <summary>The consumer on MassTransit's in-memory test harness, with Google played by a stand-in.</summary>
public sealed class StartGoogleHangoutConsumerTests
{
    private const string Organizer = "organizer@acme.example";
    private static readonly ChatMember Alice = new("alice", "Alice", "alice@acme.example");
    private static readonly ChatMember Guest = new("gus", "Gus", "gus@elsewhere.example");
    private static readonly MeetConference Conference = new("https://meet.google.com/abc-mnop-xyz", "abc-mnop-xyz", null);

    [Fact]
    public async Task Consume_StarterInTheTeamsWorkspace_CreatesInTheStartersCalendarRestrictedToTheDomain()
    {
        var google = new StandInGoogle(MeetCreation.Created(Conference));

        var started = await PublishedAsync<ConferenceStarted>(google, Start(Alice, "acme.example"), Organizer);

        Assert.Equal("alice@acme.example", Assert.Single(google.Requests).CalendarOwnerEmail);
        Assert.Equal("acme.example", started.RestrictedToDomain);
        Assert.Equal([Guest], started.ExcludedMembers);
        Assert.Equal(Conference.JoinUrl, started.JoinUrl);
        Assert.Equal(ConferenceProviders.GoogleHangout, started.Provider);
    }

    [Fact]
    public async Task Consume_StarterOutsideTheWorkspace_CreatesInTheOrganizersCalendarOpenToAll()
    {
        var google = new StandInGoogle(MeetCreation.Created(Conference));

        var started = await PublishedAsync<ConferenceStarted>(google, Start(Guest, "acme.example"), Organizer);

        Assert.Equal(Organizer, Assert.Single(google.Requests).CalendarOwnerEmail);
        Assert.Null(started.RestrictedToDomain);
        Assert.Empty(started.ExcludedMembers);
    }

    [Fact]
    public async Task Consume_TeamWithoutWorkspaceDomain_CreatesInTheOrganizersCalendar()
    {
        var google = new StandInGoogle(MeetCreation.Created(Conference));

        await PublishedAsync<ConferenceStarted>(google, Start(Alice, workspaceDomain: null), Organizer);

        Assert.Equal(Organizer, Assert.Single(google.Requests).CalendarOwnerEmail);
    }

    [Fact]
    public async Task Consume_StarterOutsideTheWorkspaceAndNoOrganizer_FailsAsNotConfiguredWithoutCallingGoogle()
    {
        var google = new StandInGoogle(MeetCreation.Created(Conference));
        var command = Start(Guest, "acme.example");

        var failed = await PublishedAsync<ConferenceStartFailed>(google, command, organizer: null);

        Assert.Equal(FailureReasons.NotConfigured, failed.ReasonCode);
        Assert.False(failed.RetryMayHelp);
        Assert.Contains("Google:OrganizerEmail", failed.Message, StringComparison.Ordinal);
        Assert.Equal((command.ConferenceId, command.RoomId, ConferenceProviders.GoogleHangout), (failed.ConferenceId, failed.RoomId, failed.Provider));
        Assert.Empty(google.Requests);
    }

    [Fact]
    public async Task Consume_StarterInTheWorkspaceAndNoOrganizer_StillCreatesAsTheStarter()
    {
        var google = new StandInGoogle(MeetCreation.Created(Conference));

        await PublishedAsync<ConferenceStarted>(google, Start(Alice, "acme.example"), organizer: null);

        Assert.Equal("alice@acme.example", Assert.Single(google.Requests).CalendarOwnerEmail);
    }

    [Fact]
    public async Task Consume_GoogleFails_PublishesItsFailure()
    {
        var failure = new MeetFailure(FailureReasons.ProviderUnavailable, true, "Google Calendar did not answer in time. Try again in a few minutes.");
        var google = new StandInGoogle(MeetCreation.Failed(failure));

        var failed = await PublishedAsync<ConferenceStartFailed>(google, Start(Alice, "acme.example"), Organizer);

        Assert.Equal((failure.ReasonCode, failure.RetryMayHelp, failure.Message), (failed.ReasonCode, failed.RetryMayHelp, failed.Message));
    }

    [Fact]
    public async Task Consume_AnyStart_AsksForTheConferenceOfTheCommandWithItsTopic()
    {
        var google = new StandInGoogle(MeetCreation.Created(Conference));
        var command = Start(Alice, "acme.example");

        await PublishedAsync<ConferenceStarted>(google, command, Organizer);

        var request = Assert.Single(google.Requests);
        Assert.Equal((command.ConferenceId, "Standup", command.RequestedAt), (request.ConferenceId, request.Summary, request.Start));
    }

    private static StartGoogleHangout Start(ChatMember starter, string? workspaceDomain) => new(
        Guid.NewGuid(), "team-1", "room-1", starter, "Standup", "en", workspaceDomain, [Alice, Guest],
        new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    private static async Task<T> PublishedAsync<T>(StandInGoogle google, StartGoogleHangout command, string? organizer) where T : class
    {
        await using var provider = new ServiceCollection()
            .AddSingleton<ICalendarConferences>(google)
            .AddSingleton(Options.Create(new GoogleOptions { OrganizerEmail = organizer, ServiceAccountKeyPath = "unused.json" }))
            .AddSingleton(TimeProvider.System)
            .AddMetrics()
            .AddSingleton<ProviderCalls>()
            .AddMassTransitTestHarness(bus => bus.AddConsumer<StartGoogleHangoutConsumer>())
            .BuildServiceProvider(validateScopes: true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(command);

        // The first one to arrive: Any() and Select() would wait for the harness to fall quiet.
        var published = (await harness.Published.SelectAsync<T>().First()).Context.Message;
        await harness.Stop();
        return published;
    }

    /// <summary>Answers every request with one creation and remembers what it was asked.</summary>
    private sealed class StandInGoogle(MeetCreation answer) : ICalendarConferences
    {
        private readonly List<MeetRequest> _requests = [];

        public IReadOnlyList<MeetRequest> Requests
        {
            get
            {
                lock (_requests)
                    return [.. _requests];
            }
        }

        public Task<MeetCreation> CreateMeetAsync(MeetRequest request, CancellationToken cancellationToken)
        {
            lock (_requests)
                _requests.Add(request);
            return Task.FromResult(answer);
        }
    }
}
