using Conferencing.Contracts;
using Conferencing.Hosting;
using Conferencing.Hosting.Telemetry;
using Conferencing.UberConferenceBridge.Rooms;
using MassTransit;

namespace Conferencing.UberConferenceBridge.Consumers;

/// <summary>
/// Turns a "Start UberConference" click into an invitation to the starter's own meeting room (Dialpad's API can list
/// rooms but not make meetings), with the team's PIN. Redelivery is safe: the same starter gets the same room.
/// </summary>
public sealed class StartUberConferenceConsumer(
    IMeetingRooms rooms, ProviderCalls providerCalls, TimeProvider clock, ILogger<StartUberConferenceConsumer> logger)
    : IConsumer<StartUberConference>
{
    /// <summary>
    /// The queue room-events sends to. Named here because MassTransit's kebab-case would split the brand into
    /// <c>start-uber-conference</c>; the queue keeps the provider's wire name instead.
    /// </summary>
    public const string QueueName = "start-uberconference";

    public async Task Consume(ConsumeContext<StartUberConference> context)
    {
        var command = context.Message;
        var began = clock.GetTimestamp();
        var lookup = await rooms.FindAsync(command.Starter.Email, command.ConferenceId, context.CancellationToken);
        providerCalls.Record(ConferenceProviders.UberConference, lookup.Failure?.ReasonCode ?? "started", clock.GetElapsedTime(began));
        if (!lookup.Found)
        {
            await context.Publish(Failed(command, lookup.Failure), BrokerDeadline.Token());
            return;
        }

        DialIn? dialIn;
        try
        {
            dialIn = RoomDialIn.For(lookup.Room.Number, command.Pin);
        }
        catch (ArgumentException)
        {
            logger.BadPin(command.ConferenceId);
            await context.Publish(Failed(command, new RoomFailure(FailureReasons.NotConfigured, false,
                "The team's UberConference PIN is not digits: a team admin must correct providers.uberconference.pin.")), BrokerDeadline.Token());
            return;
        }

        logger.RoomHandedOut(lookup.Room.Id, command.ConferenceId, dialIn is not null);
        await context.Publish(new ConferenceStarted(
            command.ConferenceId, ConferenceProviders.UberConference, command.RoomId, lookup.JoinUrl,
            MeetingCode: null, dialIn, RestrictedToDomain: null, ExcludedMembers: [], clock.GetUtcNow()), BrokerDeadline.Token());
    }

    private static ConferenceStartFailed Failed(StartUberConference command, RoomFailure failure) =>
        new(command.ConferenceId, command.RoomId, ConferenceProviders.UberConference, failure.ReasonCode, failure.RetryMayHelp, failure.Message);
}
