using System.Text.Json.Nodes;

namespace Conferencing.Testing;

/// <summary>Google as WireMock plays it for the tests that run the whole suite: a token endpoint and a Calendar that makes Meet conferences.</summary>
public static class GoogleStub
{
    public const string MeetingCode = "abc-mnop-xyz";

    public static async Task TokenEndpointAsync(WireMockTenant google) =>
        await google.StubAsync(new JsonObject
        {
            ["request"] = new JsonObject { ["method"] = "POST", ["urlPath"] = google.PathPrefix + "/token" },
            ["response"] = new JsonObject
            {
                ["status"] = 200,
                ["headers"] = new JsonObject { ["Content-Type"] = "application/json" },
                ["jsonBody"] = new JsonObject { ["access_token"] = "test-token", ["expires_in"] = 3600, ["token_type"] = "Bearer" },
            },
        });

    /// <summary>
    /// The first insert makes the event; every later insert of the same calendar answers 409, as Google does for a
    /// client-chosen event id that exists; a get returns the event with its conference.
    /// </summary>
    public static async Task CalendarAsync(WireMockTenant google)
    {
        var scenario = "insert-" + Guid.NewGuid().ToString("N");
        await google.StubAsync(Insert(scenario, "Started", "Created", 200, MeetEvent()));
        await google.StubAsync(Insert(scenario, "Created", "Created", 409, Conflict()));
        await google.StubAsync(GetEvent(google));

        JsonObject Insert(string name, string state, string next, int status, JsonObject body) => new()
        {
            ["scenarioName"] = name,
            ["requiredScenarioState"] = state,
            ["newScenarioState"] = next,
            ["request"] = new JsonObject { ["method"] = "POST", ["urlPathPattern"] = google.PathPrefix + "/calendar/v3/calendars/[^/]+/events" },
            ["response"] = Json(status, body),
        };
    }

    /// <summary>
    /// A Calendar that makes a Meet for every insert, as if each event id were new. Google itself answers a repeated id with
    /// 409, so tests of this stub count distinct event ids to know how many conferences Google would hold.
    /// <paramref name="delay"/> slows every answer, as a distant Google would.
    /// </summary>
    public static async Task CalendarWithoutMemoryAsync(WireMockTenant google, TimeSpan? delay = null)
    {
        var insert = Json(200, MeetEvent());
        var get = GetEvent(google);
        if (delay is { } slow)
        {
            insert["fixedDelayMilliseconds"] = (int)slow.TotalMilliseconds;
            get["response"]!["fixedDelayMilliseconds"] = (int)slow.TotalMilliseconds;
        }
        await google.StubAsync(new JsonObject
        {
            ["request"] = new JsonObject { ["method"] = "POST", ["urlPathPattern"] = google.PathPrefix + "/calendar/v3/calendars/[^/]+/events" },
            ["response"] = insert,
        });
        await google.StubAsync(get);
    }

    public static JsonObject MeetEvent() => new()
    {
        ["id"] = "stubbed",
        ["hangoutLink"] = $"https://meet.google.com/{MeetingCode}",
        ["conferenceData"] = new JsonObject
        {
            ["conferenceId"] = MeetingCode,
            ["createRequest"] = new JsonObject
            {
                ["requestId"] = "stubbed",
                ["conferenceSolutionKey"] = new JsonObject { ["type"] = "hangoutsMeet" },
                ["status"] = new JsonObject { ["statusCode"] = "success" },
            },
            ["entryPoints"] = new JsonArray
            {
                new JsonObject { ["entryPointType"] = "video", ["uri"] = $"https://meet.google.com/{MeetingCode}", ["label"] = $"meet.google.com/{MeetingCode}" },
                new JsonObject { ["entryPointType"] = "more", ["uri"] = $"https://tel.meet/{MeetingCode}?pin=1701789652855", ["pin"] = "1701789652855" },
                new JsonObject { ["entryPointType"] = "phone", ["uri"] = "tel:+44-20-3873-7654", ["label"] = "+44 20 3873 7654", ["pin"] = "123456789", ["regionCode"] = "GB" },
            },
            ["conferenceSolution"] = new JsonObject { ["key"] = new JsonObject { ["type"] = "hangoutsMeet" }, ["name"] = "Google Meet" },
        },
    };

    private static JsonObject Conflict() => new()
    {
        ["error"] = new JsonObject
        {
            ["errors"] = new JsonArray { new JsonObject { ["domain"] = "global", ["reason"] = "duplicate", ["message"] = "The requested identifier already exists." } },
            ["code"] = 409,
            ["message"] = "The requested identifier already exists.",
        },
    };

    private static JsonObject GetEvent(WireMockTenant google) => new()
    {
        ["request"] = new JsonObject { ["method"] = "GET", ["urlPathPattern"] = google.PathPrefix + "/calendar/v3/calendars/[^/]+/events/[a-v0-9]+" },
        ["response"] = Json(200, MeetEvent()),
    };

    private static JsonObject Json(int status, JsonObject body) => new()
    {
        ["status"] = status,
        ["headers"] = new JsonObject { ["Content-Type"] = "application/json" },
        ["jsonBody"] = body,
    };
}
