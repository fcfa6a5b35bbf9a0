using System.Text.Json.Nodes;

namespace Conferencing.Testing;

/// <summary>WireMock mappings that answer like Dialpad API v2's meeting-room listing, <c>GET /api/v2/conference/rooms</c>, inside one tenant.</summary>
public static class DialpadRooms
{
    /// <summary>The key the tests configure as <c>UberConference:ApiKey</c>; a page stub answers only when it is presented.</summary>
    public const string ApiKey = "test-dialpad-api-key-5b7e01";

    public static string Path(WireMockTenant tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return tenant.PathPrefix + "/api/v2/conference/rooms";
    }

    /// <summary>A room as Dialpad lists it: <c>path</c> is the join URL, <c>number</c> the E.164 dial-in (left out when null).</summary>
    public static JsonObject Room(string email, string? number = "+15550100199", string? path = null, string? id = null)
    {
        var localPart = email.Split('@')[0];
        var room = new JsonObject
        {
            ["id"] = id ?? "room-" + localPart,
            ["display_name"] = localPart + "'s room",
            ["email"] = email,
            ["company_name"] = "Acme",
            ["path"] = path ?? $"https://meetings.dialpad.com/room/{localPart}",
        };
        if (number is not null)
            room["number"] = number;
        return room;
    }

    /// <summary>
    /// The page asked for with <paramref name="cursor"/> (null: the first page, asked without one), listing
    /// <paramref name="rooms"/> and pointing at <paramref name="nextCursor"/> (null: the last page). It answers only a
    /// request that carries <see cref="ApiKey"/> as a bearer token.
    /// </summary>
    public static JsonObject Page(WireMockTenant tenant, string? cursor, string? nextCursor, params JsonObject[] rooms)
    {
        var body = new JsonObject { ["items"] = new JsonArray([.. rooms]) };
        if (nextCursor is not null)
            body["cursor"] = nextCursor;
        return new JsonObject
        {
            ["request"] = new JsonObject
            {
                ["method"] = "GET",
                ["urlPath"] = Path(tenant),
                ["queryParameters"] = new JsonObject
                {
                    ["cursor"] = cursor is null ? new JsonObject { ["absent"] = true } : new JsonObject { ["equalTo"] = cursor },
                },
                ["headers"] = new JsonObject { ["Authorization"] = new JsonObject { ["equalTo"] = "Bearer " + ApiKey } },
            },
            ["response"] = new JsonObject
            {
                ["status"] = 200,
                ["headers"] = new JsonObject { ["Content-Type"] = "application/json" },
                ["jsonBody"] = body,
            },
        };
    }

    /// <summary>Any listing request answered with <paramref name="status"/> and a JSON or raw body.</summary>
    public static JsonObject Answer(WireMockTenant tenant, int status, JsonNode? jsonBody = null, string? body = null, JsonObject? headers = null)
    {
        var response = new JsonObject { ["status"] = status };
        if (jsonBody is not null)
            response["jsonBody"] = jsonBody;
        if (body is not null)
            response["body"] = body;
        if (headers is not null)
            response["headers"] = headers;
        return new JsonObject
        {
            ["request"] = new JsonObject { ["method"] = "GET", ["urlPath"] = Path(tenant) },
            ["response"] = response,
        };
    }
}
