namespace Conferencing.HangoutBridge.Google;

/// <summary>Makes Google Meet conferences through Calendar events; implemented by <see cref="CalendarClient"/>.</summary>
public interface ICalendarConferences
{
    /// <summary>
    /// Creates the conference of <see cref="MeetRequest.ConferenceId"/>, or finds the one an earlier delivery of the same
    /// command made. Google's refusals and outages come back as a <see cref="MeetFailure"/>; only cancellation throws.
    /// </summary>
    Task<MeetCreation> CreateMeetAsync(MeetRequest request, CancellationToken cancellationToken);
}
