using Conferencing.Contracts;
using Conferencing.Hosting;
using Conferencing.Hosting.Telemetry;
using Conferencing.HangoutBridge.Domain;
using Conferencing.HangoutBridge.Google;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Conferencing.HangoutBridge.Consumers;

/// <summary>
/// Turns a "Start Google Hangout" click into a Google Meet conference and tells the room how it went.
/// Redelivery is safe: the calendar client derives the event id from the conference id, so a second run finds
/// the conference the first one made.
/// </summary>
public sealed class StartGoogleHangoutConsumer(
    ICalendarConferences calendar,
    IOptions<GoogleOptions> options,
    ProviderCalls providerCalls,
    TimeProvider clock) : IConsumer<StartGoogleHangout>
{
    // A chat conference has no natural end; an hour is what Calendar shows until someone edits it.
    private static readonly TimeSpan EventLength = TimeSpan.FromHours(1);

    public async Task Consume(ConsumeContext<StartGoogleHangout> context)
    {
        var command = context.Message;
        var access = DomainPolicy.Decide(command.Starter, command.WorkspaceDomain, command.RoomMembers);
        var calendarOwner = access.IsRestricted ? command.Starter.Email : options.Value.OrganizerEmail;
        if (string.IsNullOrWhiteSpace(calendarOwner))
        {
            await context.Publish(Failed(command, new MeetFailure(FailureReasons.NotConfigured, false,
                "Google Meet is not set up for people outside the team's Workspace domain: an operator must set Google:OrganizerEmail.")), BrokerDeadline.Token());
            return;
        }

        var request = new MeetRequest(command.ConferenceId, calendarOwner, EventSummary(command), command.RequestedAt, EventLength);
        var began = clock.GetTimestamp();
        var creation = await calendar.CreateMeetAsync(request, context.CancellationToken);
        providerCalls.Record(ConferenceProviders.GoogleHangout, creation.Failure?.ReasonCode ?? "started", clock.GetElapsedTime(began));
        if (!creation.Succeeded)
        {
            await context.Publish(Failed(command, creation.Failure!), BrokerDeadline.Token());
            return;
        }

        var conference = creation.Conference;
        await context.Publish(new ConferenceStarted(
            command.ConferenceId, ConferenceProviders.GoogleHangout, command.RoomId, conference.JoinUrl,
            conference.MeetingCode, conference.DialIn, access.RestrictedToDomain, access.ExcludedMembers, clock.GetUtcNow()), BrokerDeadline.Token());
    }

    private static string EventSummary(StartGoogleHangout command) =>
        string.IsNullOrWhiteSpace(command.Topic) ? $"Chat conference started by {command.Starter.Name}" : command.Topic;

    private static ConferenceStartFailed Failed(StartGoogleHangout command, MeetFailure failure) =>
        new(command.ConferenceId, command.RoomId, ConferenceProviders.GoogleHangout, failure.ReasonCode, failure.RetryMayHelp, failure.Message);
}
