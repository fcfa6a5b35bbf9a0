using Conferencing.Contracts;
using Conferencing.RoomEvents.Storage;
using Conferencing.Hosting;
using MassTransit;

namespace Conferencing.RoomEvents.Conferences;

/// <summary>
/// Sends the command that asks the conference's bridge to start it, built from what is stored (the conference, its room's
/// members, its team's language, domain and PIN), so the first send and every re-drive carry the same conference id,
/// on which the bridges are idempotent.
/// </summary>
public sealed class StartCommands(ISendEndpointProvider sendEndpoints)
{
    /// <summary>hangout-bridge's queue: MassTransit's kebab-case name of its StartGoogleHangout consumer.</summary>
    public const string GoogleHangoutQueue = "start-google-hangout";

    /// <summary>uberconference-bridge's queue, named so by the bridge.</summary>
    public const string UberConferenceQueue = "start-uberconference";

    public Task SendAsync(Conference conference, Room room, Team team, CancellationToken cancellationToken)
    {
        var starter = conference.Starter.ToChatMember();
        IReadOnlyList<ChatMember> members = [.. room.Members.Select(member => member.ToChatMember())];
        return conference.Provider switch
        {
            ConferenceProviders.GoogleHangout => SendAsync(GoogleHangoutQueue, new StartGoogleHangout(
                conference.Id, team.Id, room.Id, starter, conference.Topic, team.Locale, team.GoogleWorkspaceDomain, members,
                conference.RequestedAt), cancellationToken),
            ConferenceProviders.UberConference => SendAsync(UberConferenceQueue, new StartUberConference(
                conference.Id, team.Id, room.Id, starter, conference.Topic, team.Locale, team.GoogleWorkspaceDomain, members,
                conference.RequestedAt, team.UberConferencePin), cancellationToken),
            _ => throw new NotSupportedException($"No bridge takes {conference.Provider} starts."),
        };
    }

    private Task SendAsync<TCommand>(string queue, TCommand command, CancellationToken cancellationToken) where TCommand : class =>
        sendEndpoints.SendToQueueAsync(queue, command, cancellationToken);
}
