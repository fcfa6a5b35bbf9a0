using Conferencing.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Conferencing.RoomEvents.Tests.Hosting;

/// <summary>
/// room-events on MassTransit's in-memory test harness instead of RabbitMQ, for the tests whose subject is room-events
/// itself (its API, rendering, Slack, the timeline, expiry, re-drive), where a broker adds only start-up time and a shared
/// server. <c>AddMassTransitTestHarness</c> keeps what room-events registered (its consumers, the retry and outbox
/// callback, the endpoint names, the bus's readiness check) and swaps only the transport. Commands room-events sends are
/// in <see cref="ITestHarness.Sent"/> (<see cref="SentCommands"/>); on the in-memory transport they go nowhere else.
/// A second instance would have a bus of its own, so scale-outs run on <see cref="BrokerHost"/>.
/// </summary>
public class HarnessHost : RoomEventsHost
{
    /// <summary>The harness of the instance running now (a restart brings a new one).</summary>
    public ITestHarness Harness => Factory.Services.GetTestHarness();

    protected override Task<IReadOnlyDictionary<string, string?>> PrepareBusAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>());

    protected override void ConfigureBus(IServiceCollection services)
    {
        services.AddMassTransitTestHarness();
        services.Configure<TestHarnessOptions>(options =>
        {
            // The harness is made for one test; this one serves a whole class. Once "inactive" (no message for 1.2 s by
            // default) its lists stop waiting for good, so it never is: a wait ends when its message comes or at the deadline.
            options.TestInactivityTimeout = TimeSpan.FromHours(1);
            options.TestTimeout = Eventually.Deadline;
        });
    }

    protected override ValueTask DisposeBusAsync() => ValueTask.CompletedTask;
}
