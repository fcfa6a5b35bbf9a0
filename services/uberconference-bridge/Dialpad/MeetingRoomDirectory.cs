using Conferencing.Contracts;
using Conferencing.UberConferenceBridge.Rooms;
using Microsoft.Extensions.Options;

namespace Conferencing.UberConferenceBridge.Dialpad;

/// <summary>
/// Finds starters' meeting rooms in a short-lived listing of the company's rooms: Dialpad can only list them all, so a burst
/// of starts shares one listing (for <see cref="UberConferenceOptions.RoomsCacheDuration"/>), and starts that miss at the
/// same moment wait for one listing together instead of each making its own. A failed listing is not kept.
/// </summary>
public sealed class MeetingRoomDirectory(
    CompanyRooms companyRooms,
    IOptions<UberConferenceOptions> options,
    TimeProvider clock,
    ILogger<MeetingRoomDirectory> logger) : IMeetingRooms, IDisposable
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private RoomListing? _listing;
    private Task<RoomListing>? _listingInFlight;
    private int _disposed;

    public async Task<RoomLookup> FindAsync(string email, Guid conferenceId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var asked = clock.GetUtcNow();
        try
        {
            var listing = await ListingAsync(settings.RoomsCacheDuration, cancellationToken);
            var room = listing.Rooms.Find(email);
            // Someone who has just made an account is not in an older listing; look once more (but not in one made for this call).
            if (room is null && listing.ListedAt < asked && listing.AgeAt(clock.GetUtcNow()) >= settings.RoomsRecheckAfter)
            {
                listing = await ListingAsync(settings.RoomsRecheckAfter, cancellationToken);
                room = listing.Rooms.Find(email);
            }
            return Answer(room, listing, email, conferenceId);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failure = DialpadFailureTranslation.Translate(exception);
            if (failure is null)
                throw;
            logger.LookupFailed(exception, conferenceId, failure.ReasonCode, failure.RetryMayHelp);
            return RoomLookup.Failed(failure);
        }
    }

    // Registered as itself and as IMeetingRooms, so the container disposes it twice.
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private Task<RoomListing> ListingAsync(TimeSpan maxAge, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_listing is { } cached && cached.AgeAt(clock.GetUtcNow()) < maxAge)
                return Task.FromResult(cached);
            _listingInFlight ??= ListAsync();
            // A caller that gives up stops waiting; the listing goes on for the others.
            return _listingInFlight.WaitAsync(cancellationToken);
        }
    }

    private async Task<RoomListing> ListAsync()
    {
        // Leaves the lock first, so that the task is stored before it can finish and clear itself.
        await Task.Yield();
        try
        {
            var rooms = await companyRooms.ListAsync(_stopping.Token);
            var listing = new RoomListing(MeetingRoomIndex.Build(rooms), clock.GetUtcNow());
            lock (_gate)
                _listing = listing;
            return listing;
        }
        finally
        {
            lock (_gate)
                _listingInFlight = null;
        }
    }

    private RoomLookup Answer(MeetingRoom? room, RoomListing listing, string email, Guid conferenceId)
    {
        if (room is null)
        {
            logger.NoMeetingRoom(conferenceId, listing.Rooms.Count);
            return RoomLookup.Failed(FailureReasons.NoMeetingRoom, false, NoRoomMessage(email));
        }
        if (MeetingRoomIndex.JoinUrlOf(room) is not { } joinUrl)
            return RoomLookup.Failed(FailureReasons.ProviderFailed, false, "Dialpad listed the starter's meeting room without a join URL (path).");
        return RoomLookup.Of(room, joinUrl);
    }

    private static string NoRoomMessage(string email) => string.IsNullOrWhiteSpace(email)
        ? "The chat gave no email for the starter, so no UberConference meeting room can be found for them."
        : $"{email.Trim()} has no UberConference (Dialpad Meetings) meeting room in the company of the configured API key. "
            + $"Create an UberConference account with {email.Trim()}, or ask an admin to add that email to the company's Dialpad.";
}
