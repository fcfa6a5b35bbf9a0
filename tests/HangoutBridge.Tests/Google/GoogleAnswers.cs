using System.Text.Json.Nodes;
using Conferencing.HangoutBridge.Google;

namespace Conferencing.HangoutBridge.Tests.Google;

/// <summary>What Google's token endpoint and Calendar v3 answer, as <see cref="GoogleAnswer"/>s for <see cref="GoogleServer"/>.</summary>
internal static class GoogleAnswers
{
    public const string AccessToken = "ya29.test-access-token";
    public const string MeetingCode = "wix-pvpt-njj";
    public const string JoinUrl = "https://meet.google.com/wix-pvpt-njj";
    public const string MoreNumbersUrl = "https://tel.meet/wix-pvpt-njj?pin=1701789652855";

    public static GoogleAnswer Token(string accessToken = AccessToken) =>
        new(200, new JsonObject { ["access_token"] = accessToken, ["expires_in"] = 3600, ["token_type"] = "Bearer" });

    public static GoogleAnswer TokenError(int status, string error, string? description = null)
    {
        var body = new JsonObject { ["error"] = error };
        if (description is not null)
            body["error_description"] = description;
        return new GoogleAnswer(status, body);
    }

    /// <summary>An event as Calendar returns it; <paramref name="statusCode"/> is the create request's status.</summary>
    public static GoogleAnswer Event(Guid conferenceId, string statusCode, bool withPhone = true, string status = "confirmed") =>
        new(200, EventBody(conferenceId, statusCode, withPhone, status));

    /// <summary>Calendar's error envelope.</summary>
    public static GoogleAnswer Error(int code, string reason, string message, string domain = "global", int? retryAfter = null) =>
        new(code, new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["errors"] = new JsonArray { new JsonObject { ["domain"] = domain, ["reason"] = reason, ["message"] = message } },
                ["code"] = code,
                ["message"] = message,
            },
        }, retryAfter);

    private static JsonObject EventBody(Guid conferenceId, string statusCode, bool withPhone, string status)
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
            ["status"] = status,
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
}
