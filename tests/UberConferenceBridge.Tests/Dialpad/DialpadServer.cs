using System.Text.Json.Nodes;
using Conferencing.Testing;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace Conferencing.UberConferenceBridge.Tests.Dialpad;

/// <summary>
/// Dialpad API v2's meeting-room listing played by WireMock.Net in the test process: one server per test class (a class
/// fixture), emptied by each test before it stubs its own answers in C#.
/// </summary>
public sealed class DialpadServer : IDisposable
{
    public const string RoomsPath = "/api/v2/conference/rooms";

    private readonly WireMockServer _server = WireMockServer.Start();

    /// <summary>What <c>UberConference:BaseUri</c> is set to.</summary>
    public string BaseUri => _server.Url + "/";

    /// <summary>Every listing request received, oldest first.</summary>
    public IReadOnlyList<IRequestMessage> Listings =>
        [.. _server.LogEntries.Select(entry => entry.RequestMessage).OfType<IRequestMessage>().Where(request => request.Path.EndsWith(RoomsPath, StringComparison.Ordinal))];

    /// <summary>Forgets every stub, scenario and logged request.</summary>
    public void Clear() => _server.Reset();

    /// <summary>A request for the page after <paramref name="cursor"/> (null: the first page, asked without one), presenting the test key.</summary>
    public IRespondWithAProvider PageRequest(string? cursor, string path = RoomsPath)
    {
        var request = Request.Create().UsingGet().WithPath(path).WithHeader("Authorization", "Bearer " + DialpadRooms.ApiKey);
        return _server.Given(cursor is null ? request.WithParam("cursor", MatchBehaviour.RejectOnMatch) : request.WithParam("cursor", cursor));
    }

    /// <summary>Any listing request, with or without key or cursor.</summary>
    public IRespondWithAProvider AnyListing() => _server.Given(Request.Create().UsingGet().WithPath(RoomsPath));

    /// <summary>The page after <paramref name="cursor"/> lists <paramref name="rooms"/> and points at <paramref name="nextCursor"/> (null: the last page).</summary>
    public void Page(string? cursor, string? nextCursor, params JsonObject[] rooms) => PageRequest(cursor).RespondWith(PageAnswer(nextCursor, rooms));

    /// <summary>A one-page listing of <paramref name="rooms"/>.</summary>
    public void Rooms(params JsonObject[] rooms) => Page(null, null, rooms);

    /// <summary>Every listing request is answered with <paramref name="status"/>.</summary>
    public void Answer(int status) => AnyListing().RespondWith(Response.Create().WithStatusCode(status));

    /// <summary>A page as Dialpad sends it (<see cref="DialpadRooms.Room"/> makes the rooms).</summary>
    public static IResponseBuilder PageAnswer(string? nextCursor, params JsonObject[] rooms) => Response.Create()
        .WithStatusCode(200)
        .WithHeader("Content-Type", "application/json")
        .WithBody(PageJson(nextCursor, rooms));

    /// <summary>An answer built in a callback (one that records, counts or holds requests): a status, and a JSON body if given.</summary>
    public static ResponseMessage Message(int status, string? json = null) => new()
    {
        StatusCode = status,
        Headers = json is null ? [] : new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
        BodyData = json is null ? null : new BodyData { DetectedBodyType = BodyType.String, BodyAsString = json },
    };

    public static string PageJson(string? nextCursor, params JsonObject[] rooms)
    {
        var page = new JsonObject { ["items"] = new JsonArray([.. rooms]) };
        if (nextCursor is not null)
            page["cursor"] = nextCursor;
        return page.ToJsonString();
    }

    public void Dispose() => _server.Dispose();
}
