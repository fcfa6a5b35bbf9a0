using Google.Apis.Discovery;
using Google.Apis.Requests;
using Google.Apis.Services;
using Google.Apis.Util;

namespace Conferencing.HangoutBridge.Google.CalendarApi;

/// <summary>
/// <c>POST calendars/{calendarId}/events?conferenceDataVersion=1&amp;sendUpdates=none</c>. Without
/// <c>conferenceDataVersion=1</c> Google silently drops the create request, so it is not optional here.
/// </summary>
public sealed class InsertEventRequest : ClientServiceRequest<CalendarEvent>
{
    public InsertEventRequest(IClientService service, string calendarId, CalendarEvent body)
        : base(service)
    {
        CalendarId = calendarId;
        Body = body;
        InitParameters();
    }

    [RequestParameter("calendarId", RequestParameterType.Path)]
    public string CalendarId { get; }

    [RequestParameter("conferenceDataVersion", RequestParameterType.Query)]
    public int ConferenceDataVersion => 1;

    /// <summary>The event has no attendees; nobody should get mail about a chat conference.</summary>
    [RequestParameter("sendUpdates", RequestParameterType.Query)]
    public string SendUpdates => "none";

    public CalendarEvent Body { get; }

    public override string MethodName => "insert";

    public override string HttpMethod => "POST";

    public override string RestPath => "calendars/{calendarId}/events";

    protected override object GetBody() => Body;

    // Google.Apis refuses to send a [RequestParameter] property that has no entry here.
    protected override void InitParameters()
    {
        base.InitParameters();
        RequestParameters.Add("calendarId", new Parameter { Name = "calendarId", IsRequired = true, ParameterType = "path" });
        RequestParameters.Add("conferenceDataVersion", new Parameter { Name = "conferenceDataVersion", IsRequired = false, ParameterType = "query" });
        RequestParameters.Add("sendUpdates", new Parameter { Name = "sendUpdates", IsRequired = false, ParameterType = "query" });
    }
}
