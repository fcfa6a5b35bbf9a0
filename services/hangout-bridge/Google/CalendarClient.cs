using System.Net;
using Conferencing.Contracts;
using Conferencing.HangoutBridge.Google.CalendarApi;
using Microsoft.Extensions.Options;
using Refit;

namespace Conferencing.HangoutBridge.Google;

/// <summary>
/// Makes a Google Meet conference as a calendar event with a conference create request, in the impersonated user's
/// primary calendar. Idempotent per conference id: the event id is derived from it, so a redelivered command meets a 409
/// and reads the event the first delivery made. Signing, the quota and retries happen under <see cref="ICalendarApi"/>,
/// for every request as the user it names.
/// </summary>
public sealed class CalendarClient(
    ICalendarApi calendar,
    IOptions<GoogleOptions> options,
    TimeProvider timeProvider,
    ILogger<CalendarClient> logger) : ICalendarConferences
{
    public async Task<MeetCreation> CreateMeetAsync(MeetRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.CalendarOwnerEmail);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(request.Duration, TimeSpan.Zero);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["ConferenceId"] = request.ConferenceId });

        try
        {
            var calendarEvent = await InsertOrFindAsync(request, cancellationToken);
            calendarEvent = await AwaitConferenceAsync(request, calendarEvent, cancellationToken);
            return Answer(request, calendarEvent);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failure = GoogleFailureTranslation.Translate(exception);
            if (failure is null)
                throw;
            logger.ConferenceFailed(exception, request.ConferenceId, failure.ReasonCode, failure.RetryMayHelp);
            return MeetCreation.Failed(failure);
        }
    }

    private async Task<CalendarEvent> InsertOrFindAsync(MeetRequest request, CancellationToken cancellationToken)
    {
        var eventId = EventIdentity.EventIdFor(request.ConferenceId);
        try
        {
            var calendarEvent = Seen(await calendar.InsertEventAsync(NewEvent(request, eventId), request.CalendarOwnerEmail, cancellationToken));
            logger.EventCreated(eventId, request.ConferenceId);
            return calendarEvent;
        }
        catch (ApiException exception) when (exception.StatusCode == HttpStatusCode.Conflict)
        {
            // An earlier delivery of this command made the event (and asked for its conference): read that one.
            logger.EventExists(eventId, request.ConferenceId);
            return Seen(await calendar.GetEventAsync(eventId, request.CalendarOwnerEmail, cancellationToken));
        }
    }

    // Google makes the conference asynchronously; re-read the event with a doubling delay until it says success or failure.
    private async Task<CalendarEvent> AwaitConferenceAsync(MeetRequest request, CalendarEvent calendarEvent, CancellationToken cancellationToken)
    {
        var (polls, delay) = (options.Value.PendingPollAttempts, options.Value.PendingPollDelay);
        for (var poll = 1; poll <= polls && MeetEventReader.StateOf(calendarEvent) == ConferenceState.Pending; poll++)
        {
            logger.ConferencePending(request.ConferenceId, delay, poll, polls);
            await Task.Delay(delay, timeProvider, cancellationToken);
            calendarEvent = Seen(await calendar.GetEventAsync(EventIdentity.EventIdFor(request.ConferenceId), request.CalendarOwnerEmail, cancellationToken));
            delay *= 2;
        }
        return calendarEvent;
    }

    // A 200 without a body (a proxy lost it) says the call went through but shows nothing: it reads as an event whose
    // conference is not visible yet, which the polls read again.
    private static CalendarEvent Seen(CalendarEvent? calendarEvent) => calendarEvent ?? new CalendarEvent();

    private MeetCreation Answer(MeetRequest request, CalendarEvent calendarEvent)
    {
        if (string.Equals(calendarEvent.Status, "cancelled", StringComparison.OrdinalIgnoreCase))
            return MeetCreation.Failed(FailureReasons.InvalidRequest, false,
                "The calendar event of this conference was deleted in Google Calendar; start a new conference.");

        switch (MeetEventReader.StateOf(calendarEvent))
        {
            case ConferenceState.Failed:
                return MeetCreation.Failed(FailureReasons.ProviderFailed, false, "Google could not create the Meet conference.");
            case ConferenceState.Pending:
                return MeetCreation.Failed(FailureReasons.ProviderUnavailable, true,
                    "Google is still creating the Meet conference. Try again in a few minutes.");
        }

        if (MeetEventReader.ConferenceOf(calendarEvent) is not { } conference)
            return MeetCreation.Failed(FailureReasons.ProviderFailed, false, "Google created the conference but gave no link to join it.");
        logger.ConferenceReady(conference.MeetingCode, request.ConferenceId, conference.DialIn is not null);
        return MeetCreation.Created(conference);
    }

    private static CalendarEvent NewEvent(MeetRequest request, string eventId) => new()
    {
        Id = eventId,
        Summary = request.Summary,
        Start = EventDateTime.At(request.Start),
        End = EventDateTime.At(request.Start + request.Duration),
        ConferenceData = new ConferenceData
        {
            CreateRequest = new CreateConferenceRequest
            {
                RequestId = EventIdentity.RequestIdFor(request.ConferenceId),
                ConferenceSolutionKey = new ConferenceSolutionKey { Type = ConferenceSolutionKey.HangoutsMeet },
            },
        },
    };
}
