using System.Globalization;
using System.Net;
using Conferencing.RoomEvents.Tests.Slack;

namespace Conferencing.RoomEvents.Tests.BadInput;

/// <summary>The bad-input table (the README lists it): each row and the status room-events must answer it with.</summary>
public static class BadInputTable
{
    private const string Start = "/api/rooms/{room}/conferences";
    private const string Team = "/api/teams/{team}";
    private const string Room = "/api/rooms/{room}";
    private const string Alice = Hosting.TestRoom.Alice;
    private const string GoodTeam = """{"name":"Acme","locale":"en","admins":["U-alice"]}""";
    private const string GoodMembers = """[{"userId":"U-alice","name":"Alice","email":"alice@example.com"}]""";

    /// <summary>The key a row reuses: the test first starts a conference with it and another body.</summary>
    public const string ReusedKey = "reused-idempotency-key";

    private static readonly HttpStatusCode Invalid = HttpStatusCode.BadRequest;

    public static TheoryData<BadRequest> Rows => new()
    {
        // Starting a conference: the body.
        new("start: malformed JSON", "POST", Start, """{"provider":""", Invalid) { UserId = Alice },
        new("start: not JSON at all", "POST", Start, "start a hangout please", Invalid) { UserId = Alice },
        new("start: a JSON array instead of an object", "POST", Start, "[]", Invalid) { UserId = Alice },
        new("start: empty body", "POST", Start, "", Invalid) { UserId = Alice },
        new("start: provider is a number", "POST", Start, """{"provider":5}""", Invalid) { UserId = Alice },
        new("start: topic is an object", "POST", Start, """{"provider":"google-hangout","topic":{"a":1}}""", Invalid) { UserId = Alice },
        new("start: provider missing", "POST", Start, """{"topic":"Standup"}""", Invalid) { UserId = Alice },
        new("start: provider null", "POST", Start, """{"provider":null}""", Invalid) { UserId = Alice },
        new("start: unknown provider", "POST", Start, """{"provider":"zoom"}""", Invalid) { UserId = Alice },
        new("start: empty provider", "POST", Start, """{"provider":""}""", Invalid) { UserId = Alice },
        new("start: a 1 MB topic", "POST", Start, $$"""{"provider":"google-hangout","topic":"{{new string('x', 1024 * 1024)}}"}""", Invalid) { UserId = Alice },
        new("start: topic of 201 characters", "POST", Start, $$"""{"provider":"google-hangout","topic":"{{new string('y', 201)}}"}""", Invalid) { UserId = Alice },
        new("start: control character in the topic", "POST", Start, """{"provider":"google-hangout","topic":"ring\u0007ring"}""", Invalid) { UserId = Alice },
        new("start: NUL in the topic", "POST", Start, """{"provider":"google-hangout","topic":"a\u0000b"}""", Invalid) { UserId = Alice },
        new("start: right-to-left override in the topic", "POST", Start, """{"provider":"google-hangout","topic":"gpj.\u202Eexe"}""", Invalid) { UserId = Alice },
        new("start: bidi isolate in the topic", "POST", Start, """{"provider":"google-hangout","topic":"a\u2066b"}""", Invalid) { UserId = Alice },
        new("start: text/plain body", "POST", Start, """{"provider":"google-hangout"}""", HttpStatusCode.UnsupportedMediaType) { UserId = Alice, ContentType = "text/plain" },
        // Starting a conference: who asks, and where.
        new("start: unknown room", "POST", "/api/rooms/no-such-room/conferences", """{"provider":"google-hangout"}""", HttpStatusCode.NotFound) { UserId = Alice },
        new("start: a user who is not a member", "POST", Start, """{"provider":"google-hangout"}""", HttpStatusCode.Forbidden) { UserId = Hosting.TestRoom.Mallory },
        new("start: no X-User-Id", "POST", Start, """{"provider":"google-hangout"}""", Invalid),
        new("start: X-User-Id with a space", "POST", Start, """{"provider":"google-hangout"}""", Invalid) { UserId = "U alice" },
        new("start: no API key", "POST", Start, """{"provider":"google-hangout"}""", HttpStatusCode.Unauthorized) { UserId = Alice, Authorization = null },
        new("start: wrong API key", "POST", Start, """{"provider":"google-hangout"}""", HttpStatusCode.Unauthorized) { UserId = Alice, Authorization = "Bearer not-the-key" },
        new("start: API key in Basic scheme", "POST", Start, """{"provider":"google-hangout"}""", HttpStatusCode.Unauthorized) { UserId = Alice, Authorization = "Basic " + Hosting.RoomEventsHost.ApiKey },
        new("start: Idempotency-Key reused with another body", "POST", Start, """{"provider":"google-hangout","topic":"Second"}""", HttpStatusCode.UnprocessableEntity) { UserId = Alice, IdempotencyKey = ReusedKey },
        new("start: Idempotency-Key of 300 characters", "POST", Start, """{"provider":"google-hangout"}""", Invalid) { UserId = Alice, IdempotencyKey = new string('k', 300) },
        // Teams.
        new("team: malformed JSON", "PUT", Team, """{"name":""", Invalid),
        new("team: name missing", "PUT", Team, """{"locale":"en","admins":["U-alice"]}""", Invalid),
        new("team: unknown locale", "PUT", Team, """{"name":"Acme","locale":"fr","admins":["U-alice"]}""", Invalid),
        new("team: admins is a string", "PUT", Team, """{"name":"Acme","locale":"en","admins":"U-alice"}""", Invalid),
        new("team: Workspace domain is not a domain", "PUT", Team, """{"name":"Acme","locale":"en","admins":["U-alice"],"googleWorkspaceDomain":"not a domain!"}""", Invalid),
        new("team: UberConference PIN with letters", "PUT", Team, """{"name":"Acme","locale":"en","admins":["U-alice"],"providers":{"uberconference":{"enabled":true,"pin":"12ab"}}}""", Invalid),
        new("team: right-to-left override in the name", "PUT", Team, """{"name":"Ac\u202Eme","locale":"en","admins":["U-alice"]}""", Invalid),
        new("team: id with a space", "PUT", "/api/teams/bad%20id", GoodTeam, Invalid),
        new("team: wrong API key", "PUT", Team, GoodTeam, HttpStatusCode.Unauthorized) { Authorization = "Bearer nope" },
        // Rooms.
        new("room: unknown team", "PUT", Room, $$"""{"teamId":"no-such-team","name":"general","members":{{GoodMembers}}}""", Invalid),
        new("room: members is an object", "PUT", Room, """{"teamId":"{team}","name":"general","members":{"a":1}}""", Invalid),
        new("room: member email is not an email", "PUT", Room, """{"teamId":"{team}","name":"general","members":[{"userId":"U-alice","name":"Alice","email":"alice at example"}]}""", Invalid),
        new("room: member name with a control character", "PUT", Room, """{"teamId":"{team}","name":"general","members":[{"userId":"U-alice","name":"Ali\u001Bce","email":"alice@example.com"}]}""", Invalid),
        new("room: webhook URL is javascript:", "PUT", Room, $$"""{"teamId":"{team}","name":"general","members":{{GoodMembers}},"webhookUrl":"javascript:alert(1)"}""", Invalid),
        new("room: members missing", "PUT", Room, """{"teamId":"{team}","name":"general"}""", Invalid),
        // Conferences.
        new("conference: id that is not a GUID", "GET", "/api/conferences/not-a-guid", null, HttpStatusCode.NotFound) { UserId = Alice },
        new("join: unknown conference", "POST", $"/api/conferences/{Guid.Empty}/join", null, HttpStatusCode.NotFound) { UserId = Alice },
        // Slack slash commands.
        new("slack: wrong signature", "POST", "/slack/commands", SlackBody(), HttpStatusCode.Unauthorized) { Authorization = null, ContentType = Form, SlackSignature = (Now(), "v0=" + new string('0', 64)) },
        new("slack: signature from another secret", "POST", "/slack/commands", SlackBody(), HttpStatusCode.Unauthorized) { Authorization = null, ContentType = Form, SlackSignature = Signed("not-the-secret", Now()) },
        new("slack: signature without the v0 prefix", "POST", "/slack/commands", SlackBody(), HttpStatusCode.Unauthorized) { Authorization = null, ContentType = Form, SlackSignature = Unprefixed(Now()) },
        new("slack: timestamp ten minutes old", "POST", "/slack/commands", SlackBody(), HttpStatusCode.Unauthorized) { Authorization = null, ContentType = Form, SlackSignature = Signed(SlackHost.SigningSecret, Minutes(-10)) },
        new("slack: timestamp ten minutes ahead", "POST", "/slack/commands", SlackBody(), HttpStatusCode.Unauthorized) { Authorization = null, ContentType = Form, SlackSignature = Signed(SlackHost.SigningSecret, Minutes(10)) },
        new("slack: no signature headers", "POST", "/slack/commands", SlackBody(), HttpStatusCode.Unauthorized) { Authorization = null, ContentType = Form },
    };

    private const string Form = "application/x-www-form-urlencoded";

    // One fixed trigger id, so that every row signs exactly the body it sends.
    private static string SlackBody() => new SlackCommandRequest("/hangout", "Standup", "T-any", "C-any", "U-any", "1234567890.47445629121.bad-input").Body;

    private static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static string Minutes(int offset) => DateTimeOffset.UtcNow.AddMinutes(offset).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static (string, string) Signed(string secret, string timestamp) => (timestamp, SlackCommandRequest.Sign(secret, timestamp, SlackBody()));

    private static (string, string) Unprefixed(string timestamp) => (timestamp, Signed(SlackHost.SigningSecret, timestamp).Item2["v0=".Length..]);
}
