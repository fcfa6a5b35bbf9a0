using Google.Apis.Services;

namespace Conferencing.HangoutBridge.Google.CalendarApi;

/// <summary>
/// The two Calendar v3 calls we need, written on Google.Apis core because Google.Apis.Calendar.v3 is not on our registry.
/// One instance serves every impersonated user: each request carries its own credential.
/// </summary>
public sealed class CalendarService(BaseClientService.Initializer initializer) : BaseClientService(initializer)
{
    public const string DefaultBaseUri = "https://www.googleapis.com/calendar/v3/";

    public override string Name => "calendar";

    public override string BaseUri => BaseUriOverride ?? DefaultBaseUri;

    public override string BasePath => "calendar/v3/";

    public override IList<string> Features => [];

    /// <summary>events.insert into <paramref name="calendarId"/>, asking for a conference and telling no one.</summary>
    public InsertEventRequest InsertEvent(string calendarId, CalendarEvent body) => new(this, calendarId, body);

    /// <summary>events.get, to read a conference that Google was still creating or that an earlier insert made.</summary>
    public GetEventRequest GetEvent(string calendarId, string eventId) => new(this, calendarId, eventId);
}
