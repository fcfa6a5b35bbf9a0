using Conferencing.Contracts;
using Conferencing.RoomEvents.Storage;
using MassTransit;

namespace Conferencing.RoomEvents.Conferences;

/// <summary>
/// Sends the command that asks a bridge to start a conference, built from what is stored (the conference, its room's
/// members, its team's language and domain), so the first send and every re-drive carry the same conference id,
/// on which the bridges are idempotent.
/// </summary>
public sealed class StartCommands(ISendEndpointProvider sendEndpoints)
{
    /// <summary>hangout-bridge's queue: MassTransit's kebab-case name of its StartGoogleHangout consumer.</summary>
    public static readonly Uri GoogleHangoutQueue = new("queue:start-google-hangout");

    public async Task SendAsync(Conference conference, Room room, Team team, CancellationToken cancellationToken)
    {
        if (conference.Provider != ConferenceProviders.GoogleHangout)
            throw new NotSupportedException($"No bridge takes {conference.Provider} starts yet.");

        var command = new StartGoogleHangout(
            conference.Id,
            team.Id,
            room.Id,
            conference.Starter.ToChatMember(),
            conference.Topic,
            team.Locale,
            team.GoogleWorkspaceDomain,
            [.. room.Members.Select(member => member.ToChatMember())],
            conference.RequestedAt);
        var endpoint = await sendEndpoints.GetSendEndpoint(GoogleHangoutQueue);
        await endpoint.Send(command, cancellationToken);
    }
}
