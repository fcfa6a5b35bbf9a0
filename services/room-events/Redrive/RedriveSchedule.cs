namespace Conferencing.RoomEvents.Redrive;

/// <summary>
/// When an unanswered start is sent again: first after <c>RedriveAfter</c> (R), then after waiting as long as the start
/// had already waited, up to 2R (gaps of R, R, 2R, 2R…). A bridge that is down meets half the resends it would at a fixed
/// R, and the cap keeps a start that a wedged broker never let out from waiting past its <c>GiveUpAfter</c> for its next
/// try; past <c>GiveUpAfter</c> the start is due for its failure.
/// </summary>
public static class RedriveSchedule
{
    public static bool IsDue(DateTimeOffset requestedAt, DateTimeOffset lastSentAt, DateTimeOffset now, TimeSpan redriveAfter, TimeSpan giveUpAfter)
    {
        if (now - requestedAt >= giveUpAfter)
            return true;
        var gap = lastSentAt - requestedAt;
        if (gap < redriveAfter)
            gap = redriveAfter;
        else if (gap > 2 * redriveAfter)
            gap = 2 * redriveAfter;
        return now - lastSentAt >= gap;
    }
}
