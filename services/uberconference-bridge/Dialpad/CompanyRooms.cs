namespace Conferencing.UberConferenceBridge.Dialpad;

/// <summary>
/// Every meeting room of the Dialpad company the API key belongs to, read from <see cref="IDialpadApi"/> page by page.
/// Each page is one call with its own retries and quota turns (<see cref="DialpadRegistration"/>).
/// </summary>
public sealed class CompanyRooms(IDialpadApi dialpad, ILogger<CompanyRooms> logger)
{
    /// <summary>The listing, relative to <see cref="UberConferenceOptions.BaseUri"/>.</summary>
    public const string RoomsPath = "api/v2/conference/rooms";

    // Far more than any company has; only a listing that never ends reaches it.
    private const int MaxPages = 10_000;

    /// <summary>Every room, in Dialpad's order.</summary>
    /// <exception cref="Refit.ApiException">Dialpad answered a page with an error status or with a body that is not JSON.</exception>
    /// <exception cref="Refit.ApiRequestException">A page got no answer, after the retries (its inner exception says why).</exception>
    /// <exception cref="DialpadListingException">The pages do not make a listing with an end.</exception>
    public async Task<IReadOnlyList<MeetingRoom>> ListAsync(CancellationToken cancellationToken)
    {
        var rooms = new List<MeetingRoom>();
        var cursorsSeen = new HashSet<string>(StringComparer.Ordinal);
        string? cursor = null;
        var pages = 0;
        do
        {
            if (++pages > MaxPages)
                throw new DialpadListingException($"Dialpad's meeting-room listing did not end after {MaxPages} pages.");
            var page = await dialpad.ListRoomsAsync(cursor, cancellationToken)
                ?? throw new DialpadListingException($"Dialpad answered GET /{RoomsPath} with an empty body instead of a room listing.");
            rooms.AddRange(page.Items?.OfType<MeetingRoom>() ?? []);
            cursor = string.IsNullOrEmpty(page.Cursor) ? null : page.Cursor;
            // A cursor that comes back would walk the same pages forever.
            if (cursor is not null && !cursorsSeen.Add(cursor))
                throw new DialpadListingException($"Dialpad's meeting-room listing sent a page cursor again after {pages} pages; it would never end.");
        }
        while (cursor is not null);

        logger.RoomsListed(rooms.Count, pages);
        return rooms;
    }
}
