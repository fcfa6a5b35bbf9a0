using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Conferencing.UberConferenceBridge.Dialpad;

/// <summary>
/// Dialpad API v2's meeting-room listing, <c>GET /api/v2/conference/rooms</c>, walked page by page. A typed
/// <see cref="HttpClient"/> whose handler retries (<see cref="DialpadRegistration"/>); every page waits its turn in
/// the <see cref="DialpadQuota"/>.
/// </summary>
public sealed class DialpadRoomsClient(HttpClient http, DialpadQuota quota, IOptions<UberConferenceOptions> options, ILogger<DialpadRoomsClient> logger)
{
    /// <summary>The listing, relative to <see cref="UberConferenceOptions.BaseUri"/>.</summary>
    public const string RoomsPath = "api/v2/conference/rooms";

    // Far more than any company has; only a listing that never ends reaches it.
    private const int MaxPages = 10_000;

    /// <summary>Dialpad's JSON: snake_case names; unknown fields are ignored.</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Every meeting room of the company the API key belongs to, in Dialpad's order.</summary>
    /// <exception cref="DialpadApiException">Dialpad answered with an error, with a body that is not a listing, or with a listing that does not end.</exception>
    /// <exception cref="HttpRequestException">Dialpad could not be reached (after the retries).</exception>
    public async Task<IReadOnlyList<MeetingRoom>> ListRoomsAsync(CancellationToken cancellationToken)
    {
        var rooms = new List<MeetingRoom>();
        var cursorsSeen = new HashSet<string>(StringComparer.Ordinal);
        string? cursor = null;
        var pages = 0;
        do
        {
            if (++pages > MaxPages)
                throw new DialpadApiException(null, $"Dialpad's meeting-room listing did not end after {MaxPages} pages.");
            var page = await GetPageAsync(cursor, cancellationToken);
            rooms.AddRange(page.Items?.OfType<MeetingRoom>() ?? []);
            cursor = string.IsNullOrEmpty(page.Cursor) ? null : page.Cursor;
            // A cursor that comes back would walk the same pages forever.
            if (cursor is not null && !cursorsSeen.Add(cursor))
                throw new DialpadApiException(null, $"Dialpad's meeting-room listing sent a page cursor again after {pages} pages; it would never end.");
        }
        while (cursor is not null);

        logger.RoomsListed(rooms.Count, pages);
        return rooms;
    }

    private async Task<RoomPage> GetPageAsync(string? cursor, CancellationToken cancellationToken)
    {
        await quota.WaitTurnAsync(cancellationToken);
        var uri = cursor is null ? RoomsPath : $"{RoomsPath}?cursor={Uri.EscapeDataString(cursor)}";
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(uri, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.ApiKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new DialpadApiException(response.StatusCode, $"Dialpad answered GET /{RoomsPath} with {(int)response.StatusCode} {response.ReasonPhrase}.");
        try
        {
            return await response.Content.ReadFromJsonAsync<RoomPage>(Json, cancellationToken)
                ?? throw NotAListing(response, null);
        }
        catch (JsonException exception)
        {
            throw NotAListing(response, exception);
        }
    }

    // The body is left out of the message: it is not ours to log, and an HTML error page says nothing useful.
    private static DialpadApiException NotAListing(HttpResponseMessage response, Exception? innerException) => new(
        null,
        $"Dialpad answered GET /{RoomsPath} with {(int)response.StatusCode} and a body that is not a JSON room listing "
        + $"(Content-Type: {response.Content.Headers.ContentType?.MediaType ?? "none"}).",
        innerException);
}
