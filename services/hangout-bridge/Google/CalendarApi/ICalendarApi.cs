using Refit;

namespace Conferencing.HangoutBridge.Google.CalendarApi;

/// <summary>
/// The Calendar v3 calls hangout-bridge makes, in the impersonated user's primary calendar, under
/// <c>Google:CalendarBaseUri</c>. Each call names the user it acts as (<see cref="ImpersonatedUser"/>): the handlers
/// below sign the request as that user and count it against that user's quota.
/// </summary>
// Refit rather than request classes on Google.Apis core (Google.Apis.Calendar.v3 is not on our registry): this interface
// says each call in two lines, where Google.Apis needs a class per call (its path, query and a registration of every
// parameter), and the Meet REST API calls that come next (spaces get and patch, endActiveConference, conferenceRecords)
// would each need another one. The handlers of IHttpClientFactory then carry the token, the quota and the retries.
public interface ICalendarApi
{
    // Both answer null for a 200 without a body (Refit reads an empty body as no value).

    /// <summary>
    /// events.insert, asking for a conference and telling no one (the event has no attendees). Without
    /// <c>conferenceDataVersion=1</c> Google silently drops the create request, so it is not optional here.
    /// </summary>
    [Post("/calendars/primary/events?conferenceDataVersion=1&sendUpdates=none")]
    Task<CalendarEvent?> InsertEventAsync(
        [Body] CalendarEvent calendarEvent, [Property(ImpersonatedUser.OptionName)] string calendarOwner, CancellationToken cancellationToken);

    /// <summary>events.get (it takes no conferenceDataVersion), to read a conference that Google was still creating or that an earlier insert made.</summary>
    [Get("/calendars/primary/events/{eventId}")]
    Task<CalendarEvent?> GetEventAsync(
        string eventId, [Property(ImpersonatedUser.OptionName)] string calendarOwner, CancellationToken cancellationToken);
}
