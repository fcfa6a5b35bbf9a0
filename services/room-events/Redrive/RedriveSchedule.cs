namespace Conferencing.RoomEvents.Redrive;

/// <summary>
/// When an unanswered start is sent again: first <c>RedriveAfter</c> (R) after it was accepted, then after waiting as
/// long as the start had already waited, up to 2R (gaps of R, R, 2R, 2R…). A bridge that is down meets half the resends it
/// would at a fixed R, and the cap keeps a start that a wedged broker never let out from waiting past its
/// <c>GiveUpAfter</c> for its next try; at <c>GiveUpAfter</c> the start is due for its failure.
/// </summary>
public static class RedriveSchedule
{
    /// <summary>The moment a start accepted at <paramref name="requestedAt"/> and sent at <paramref name="sentAt"/> is due.</summary>
    public static DateTimeOffset NextSendAt(DateTimeOffset requestedAt, DateTimeOffset sentAt, TimeSpan redriveAfter, TimeSpan giveUpAfter)
    {
        var waited = sentAt - requestedAt;
        var gap = waited < redriveAfter ? redriveAfter : waited > 2 * redriveAfter ? 2 * redriveAfter : waited;
        var giveUpAt = requestedAt + giveUpAfter;
        return sentAt + gap < giveUpAt ? sentAt + gap : giveUpAt;
    }

    /// <summary>True when the start has waited <c>GiveUpAfter</c>: it is answered as failed instead of sent again.</summary>
    public static bool IsOverdue(DateTimeOffset requestedAt, DateTimeOffset now, TimeSpan giveUpAfter) => now - requestedAt >= giveUpAfter;
}
