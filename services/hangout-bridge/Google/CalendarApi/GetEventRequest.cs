using Google.Apis.Discovery;
using Google.Apis.Requests;
using Google.Apis.Services;
using Google.Apis.Util;

namespace Conferencing.HangoutBridge.Google.CalendarApi;

/// <summary><c>GET calendars/{calendarId}/events/{eventId}</c> (events.get takes no conferenceDataVersion).</summary>
public sealed class GetEventRequest : ClientServiceRequest<CalendarEvent>
{
    public GetEventRequest(IClientService service, string calendarId, string eventId)
        : base(service)
    {
        CalendarId = calendarId;
        EventId = eventId;
        InitParameters();
    }

    [RequestParameter("calendarId", RequestParameterType.Path)]
    public string CalendarId { get; }

    [RequestParameter("eventId", RequestParameterType.Path)]
    public string EventId { get; }

    public override string MethodName => "get";

    public override string HttpMethod => "GET";

    public override string RestPath => "calendars/{calendarId}/events/{eventId}";

    // Google.Apis refuses to send a [RequestParameter] property that has no entry here.
    protected override void InitParameters()
    {
        base.InitParameters();
        RequestParameters.Add("calendarId", new Parameter { Name = "calendarId", IsRequired = true, ParameterType = "path" });
        RequestParameters.Add("eventId", new Parameter { Name = "eventId", IsRequired = true, ParameterType = "path" });
    }
}
