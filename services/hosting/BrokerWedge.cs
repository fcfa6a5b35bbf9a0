namespace Conferencing.Hosting;

/// <summary>When a service should give up on its broker connection and be started again.</summary>
public static class BrokerWedge
{
    /// <summary>
    /// Longer than <see cref="BrokerDeadline.Confirm"/>: the publishes left pending by a broker restart miss their deadline
    /// once, their retries go through on the new connection, and that success ends the misses before this runs out.
    /// </summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    /// <summary>
    /// A miss this recent means sends are failing now, not that one failed a while ago and nothing was sent since (an
    /// idle service is not wedged). Shorter than <see cref="Patience"/>, so one lone miss can never count as a wedge.
    /// </summary>
    public static readonly TimeSpan Recent = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Wedged: sends have been missing their deadlines for <see cref="Patience"/>, counted from the first miss or from the
    /// last time the broker was seen down, whichever is later, and they still miss. A broker that is down is not a
    /// wedge: MassTransit reconnects by itself once it is back, and room-events keeps accepting starts for its re-drive
    /// meanwhile, which a restart would interrupt.
    /// </summary>
    public static bool IsWedged(BrokerMisses? misses, DateTimeOffset? brokerLastSeenDown, DateTimeOffset now)
    {
        if (misses is null)
            return false;
        var missingSince = brokerLastSeenDown is { } down && down > misses.First ? down : misses.First;
        return now - missingSince >= Patience && now - misses.Last <= Recent;
    }
}
