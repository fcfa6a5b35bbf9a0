using Conferencing.Testing;

namespace Conferencing.Faults.Tests;

/// <summary>Poison on every queue goes to that queue's <c>_error</c> queue; the valid stream around it is unaffected.</summary>
public sealed class PoisonTests
{
    private static readonly string[] Queues = ["start-google-hangout", "start-uberconference", "conference-started", "conference-start-failed"];

    [Fact]
    public async Task PoisonMessages_OnEveryQueue_GoToErrorQueuesAndTheStreamIsAnswered()
    {
        await using var suite = await ProcessSuite.StartAsync(rooms: 4);

        var starts = await new ChatBackend(suite).RunAsync(count: 80, concurrency: 4, faultAfter: 20,
            () => PoisonMessages.InjectAsync(suite.Broker.Name, Queues));

        await OneClickOneInvitation.AssertHeldAsync(suite, starts);
        var expected = Queues.ToDictionary(queue => queue + "_error", _ => PoisonMessages.Kinds.Count);
        IReadOnlyDictionary<string, int> depths = new Dictionary<string, int>();
        // The management API refreshes queue depths every few seconds.
        await Eventually.TrueAsync(async () =>
        {
            depths = await suite.Broker.QueueDepthsAsync();
            return expected.All(error => depths.GetValueOrDefault(error.Key) == error.Value);
        }, "the _error queues do not hold exactly the poison messages", TimeSpan.FromSeconds(30)).ContinueWith(
            waited => waited.IsFaulted ? throw new Xunit.Sdk.XunitException(
                "Queue depths: " + string.Join(", ", depths.Select(d => $"{d.Key}={d.Value}"))) : Task.CompletedTask).Unwrap();
        Assert.All(suite.Services, service => Assert.NotNull(service.ProcessId));
    }
}
