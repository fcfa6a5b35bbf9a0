using Conferencing.Contracts;

namespace Conferencing.RoomEvents.Storage;

/// <summary>A conference started from a room: its id is made here and travels in every message about it.</summary>
public sealed class Conference
{
    public required Guid Id { get; init; }
    public required string TeamId { get; init; }
    public required string RoomId { get; init; }
    public required string Provider { get; init; }
    public string? Topic { get; init; }
    public required RoomMember Starter { get; init; }
    public ConferenceStatus Status { get; private set; } = ConferenceStatus.Starting;

    public string? JoinUrl { get; private set; }
    public string? MeetingCode { get; private set; }
    public string? DialInNumber { get; private set; }
    public string? DialInPin { get; private set; }
    public string? DialInOneTapUri { get; private set; }
    public string? DialInMoreNumbersUrl { get; private set; }
    public string? RestrictedToDomain { get; private set; }
    public List<RoomMember> ExcludedMembers { get; private set; } = [];

    public string? FailureCode { get; private set; }
    public string? FailureMessage { get; private set; }
    public bool FailureRetryMayHelp { get; private set; }

    public required DateTimeOffset RequestedAt { get; init; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? FailedAt { get; private set; }

    /// <summary>When it ended: a member or an admin ended it, or it reached <see cref="RoomEventsOptions.ConferenceLifetime"/>.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>Who ended it; null when it expired.</summary>
    public string? EndedByUserId { get; private set; }

    public string? EndedByName { get; private set; }

    /// <summary>When the start command last left for a bridge; the re-drive looks for starts that waited too long.</summary>
    public required DateTimeOffset LastSentAt { get; set; }

    /// <summary>When the re-drive sends the start again, or answers it as failed, unless a bridge answered first (RedriveSchedule).</summary>
    public required DateTimeOffset NextSendAt { get; set; }

    public DialIn? DialIn => DialInNumber is null || DialInOneTapUri is null
        ? null
        : new DialIn(DialInNumber, DialInPin, DialInOneTapUri, DialInMoreNumbersUrl);

    /// <summary>
    /// Records the provider's conference. A start answered with a failure may still succeed later (a re-sent command
    /// that got through), and then the conference is real and worth announcing, so "started" wins over "failed".
    /// </summary>
    public void MarkStarted(ConferenceStarted started)
    {
        Status = ConferenceStatus.Started;
        JoinUrl = started.JoinUrl;
        MeetingCode = started.MeetingCode;
        DialInNumber = started.DialIn?.Number;
        DialInPin = started.DialIn?.Pin;
        DialInOneTapUri = started.DialIn?.OneTapUri;
        DialInMoreNumbersUrl = started.DialIn?.MoreNumbersUrl;
        RestrictedToDomain = started.RestrictedToDomain;
        ExcludedMembers = [.. started.ExcludedMembers.Select(RoomMember.From)];
        StartedAt = started.StartedAt.ToUniversalTime();
    }

    /// <summary>Ends a running conference; <paramref name="endedBy"/> is null when it expired.</summary>
    public void MarkEnded(DateTimeOffset now, RoomMember? endedBy)
    {
        if (Status != ConferenceStatus.Started)
            throw new InvalidOperationException($"Conference {Id} is {Status}; only a started conference can end.");
        Status = ConferenceStatus.Ended;
        EndedAt = now;
        EndedByUserId = endedBy?.UserId;
        EndedByName = endedBy?.Name;
    }

    /// <summary>How long it ran: from the provider's start to its end; null while it runs or when it never started.</summary>
    public TimeSpan? Duration => StartedAt is { } started && EndedAt is { } ended ? ended - started : null;

    public void MarkFailed(ConferenceStartFailed failed, DateTimeOffset now)
    {
        Status = ConferenceStatus.Failed;
        FailureCode = failed.ReasonCode;
        FailureMessage = failed.Message;
        FailureRetryMayHelp = failed.RetryMayHelp;
        FailedAt = now;
    }
}
