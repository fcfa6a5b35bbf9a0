using Conferencing.Contracts;
using Conferencing.HangoutBridge.Google.CalendarApi;

namespace Conferencing.HangoutBridge.Google;

/// <summary>Reads a Meet conference out of a Calendar event as Google returns it.</summary>
public static class MeetEventReader
{
    /// <summary>
    /// <c>success</c> and <c>failure</c> are final. Anything else counts as pending, including an event with no conference
    /// data yet: Google fills it in asynchronously, and an insert's answer may come before it does.
    /// </summary>
    public static ConferenceState StateOf(CalendarEvent calendarEvent)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        return calendarEvent.ConferenceData?.CreateRequest?.Status?.StatusCode switch
        {
            ConferenceRequestStatus.Failure => ConferenceState.Failed,
            ConferenceRequestStatus.Success => ConferenceState.Created,
            // An event read back may carry only the entry points, without the create request.
            _ when JoinUrlOf(calendarEvent) is not null => ConferenceState.Created,
            _ => ConferenceState.Pending,
        };
    }

    /// <summary>The conference, or null when the event has no join link (it is not made yet, or Google left it out).</summary>
    public static MeetConference? ConferenceOf(CalendarEvent calendarEvent)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        var joinUrl = JoinUrlOf(calendarEvent);
        if (joinUrl is null)
            return null;
        var entryPoints = calendarEvent.ConferenceData?.EntryPoints ?? [];
        return new MeetConference(joinUrl, NullIfBlank(calendarEvent.ConferenceData?.ConferenceId), DialInOf(entryPoints));
    }

    /// <summary>
    /// The first phone entry point, with the <c>more</c> entry point's page of other countries' numbers. Null when there is
    /// no phone entry point, or when its number or PIN cannot be dialled (a malformed number must not sink the conference).
    /// </summary>
    public static DialIn? DialInOf(IEnumerable<EntryPoint> entryPoints)
    {
        ArgumentNullException.ThrowIfNull(entryPoints);
        var points = entryPoints.ToList();
        var phone = points.FirstOrDefault(p => Is(p, EntryPoint.Phone));
        if (phone is null)
            return null;

        var number = NullIfBlank(phone.Label) ?? NumberOf(phone.Uri);
        if (number is null)
            return null;
        var moreNumbersUrl = NullIfBlank(points.FirstOrDefault(p => Is(p, EntryPoint.More))?.Uri);
        try
        {
            return DialIn.Create(number, NullIfBlank(phone.Pin), moreNumbersUrl);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? JoinUrlOf(CalendarEvent calendarEvent) =>
        NullIfBlank(calendarEvent.HangoutLink)
        ?? NullIfBlank(calendarEvent.ConferenceData?.EntryPoints?.FirstOrDefault(p => Is(p, EntryPoint.Video))?.Uri);

    // A phone uri may hold the whole dial sequence (tel:+12345678900,,,123456789;1234); the number ends at the first pause.
    private static string? NumberOf(string? telUri)
    {
        if (string.IsNullOrWhiteSpace(telUri))
            return null;
        var number = telUri.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? telUri[4..] : telUri;
        var end = number.IndexOfAny([',', ';']);
        return NullIfBlank(end < 0 ? number : number[..end]);
    }

    private static bool Is(EntryPoint entryPoint, string type) =>
        string.Equals(entryPoint.EntryPointType, type, StringComparison.OrdinalIgnoreCase);

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
