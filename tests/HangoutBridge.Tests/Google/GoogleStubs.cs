using System.Text.Json.Nodes;
using Conferencing.HangoutBridge.Google;
using Conferencing.Testing;

namespace Conferencing.HangoutBridge.Tests.Google;

/// <summary>WireMock mappings that answer like Google's token endpoint and Calendar v3, inside one tenant.</summary>
internal static class GoogleStubs
{
    public const string AccessToken = "ya29.test-access-token";
    public const string MeetingCode = "wix-pvpt-njj";
    public const string JoinUrl = "https://meet.google.com/wix-pvpt-njj";
    public const string MoreNumbersUrl = "https://tel.meet/wix-pvpt-njj?pin=1701789652855";

    public static string EventsPath(WireMockTenant tenant) => tenant.PathPrefix + "/calendar/v3/calendars/primary/events";

    public static JsonObject Token(WireMockTenant tenant, int status = 200, JsonObject? body = null) => new()
    {
        ["request"] = new JsonObject { ["method"] = "POST", ["urlPath"] = tenant.PathPrefix + "/token" },
        ["response"] = new JsonObject
        {
            ["status"] = status,
            ["jsonBody"] = body ?? new JsonObject { ["access_token"] = AccessToken, ["expires_in"] = 3600, ["token_type"] = "Bearer" },
        },
    };

    public static JsonObject Insert(WireMockTenant tenant, int status, JsonNode? body, JsonObject? headers = null) => new()
    {
        ["request"] = new JsonObject { ["method"] = "POST", ["urlPath"] = EventsPath(tenant) },
        ["response"] = Response(status, body, headers),
    };

    public static JsonObject Get(WireMockTenant tenant, Guid conferenceId, int status, JsonNode? body) => new()
    {
        ["request"] = new JsonObject { ["method"] = "GET", ["urlPath"] = EventsPath(tenant) + "/" + EventIdentity.EventIdFor(conferenceId) },
        ["response"] = Response(status, body, null),
    };

    /// <summary>An event as Calendar returns it; <paramref name="statusCode"/> is the create request's status.</summary>
    public static JsonObject Event(Guid conferenceId, string statusCode, bool withPhone = true)
    {
        var conferenceData = new JsonObject
        {
            ["createRequest"] = new JsonObject
            {
                ["requestId"] = EventIdentity.RequestIdFor(conferenceId),
                ["conferenceSolutionKey"] = new JsonObject { ["type"] = "hangoutsMeet" },
                ["status"] = new JsonObject { ["statusCode"] = statusCode },
            },
        };
        var calendarEvent = new JsonObject
        {
            ["kind"] = "calendar#event",
            ["id"] = EventIdentity.EventIdFor(conferenceId),
            ["status"] = "confirmed",
            ["htmlLink"] = "https://www.google.com/calendar/event?eid=test",
            ["conferenceData"] = conferenceData,
        };
        if (statusCode != "success")
            return calendarEvent;

        calendarEvent["hangoutLink"] = JoinUrl;
        conferenceData["conferenceId"] = MeetingCode;
        var entryPoints = new JsonArray
        {
            new JsonObject { ["entryPointType"] = "video", ["uri"] = JoinUrl, ["label"] = "meet.google.com/wix-pvpt-njj" },
            new JsonObject { ["entryPointType"] = "more", ["uri"] = MoreNumbersUrl, ["pin"] = "1701789652855" },
        };
        if (withPhone)
            entryPoints.Add(new JsonObject
            {
                ["entryPointType"] = "phone", ["uri"] = "tel:+44-20-3873-7654", ["label"] = "+44 20 3873 7654", ["pin"] = "6054226", ["regionCode"] = "GB",
            });
        conferenceData["entryPoints"] = entryPoints;
        conferenceData["conferenceSolution"] = new JsonObject { ["key"] = new JsonObject { ["type"] = "hangoutsMeet" }, ["name"] = "Google Meet" };
        return calendarEvent;
    }

    /// <summary>Calendar's error envelope.</summary>
    public static JsonObject Error(int code, string reason, string message, string domain = "global") => new()
    {
        ["error"] = new JsonObject
        {
            ["errors"] = new JsonArray { new JsonObject { ["domain"] = domain, ["reason"] = reason, ["message"] = message } },
            ["code"] = code,
            ["message"] = message,
        },
    };

    private static JsonObject Response(int status, JsonNode? body, JsonObject? headers)
    {
        var response = new JsonObject { ["status"] = status };
        if (body is not null)
            response["jsonBody"] = body;
        if (headers is not null)
            response["headers"] = headers;
        return response;
    }
}
