using Conferencing.Testing;

namespace Conferencing.Faults.Tests;

/// <summary>
/// The suite on a three-node RabbitMQ cluster: every durable queue is a quorum queue with a replica on each node, so when
/// the node that leads the start queues crashes mid-stream, another takes over and the services fail over to it.
/// </summary>
public sealed class ClusterTests
{
    private const int Starts = 300;
    private const int Concurrency = 8;
    private const int Rooms = 6;

    [Fact]
    public async Task ClusterNode_LeadingTheStartQueues_KilledMidStream_EveryAcceptedStartAnsweredOnce()
    {
        await using var cluster = await RabbitMqCluster.StartAsync();
        await using var suite = await ProcessSuite.StartAsync(Rooms, broker: cluster.Broker);
        var google = await QuorumAsync(cluster, suite, "start-google-hangout");
        var uberConference = await QuorumAsync(cluster, suite, "start-uberconference");
        Assert.Equal(3, google.Members);
        Assert.Equal(3, uberConference.Members);

        var starts = await new ChatBackend(suite).RunAsync(Starts, Concurrency, Starts / 3, () => cluster.KillAsync(google.Leader));

        await OneClickOneInvitation.AssertHeldAsync(suite, starts);
        Assert.NotEqual(google.Leader, (await QuorumAsync(cluster, suite, "start-google-hangout")).Leader);
        // Back, so that the suite's virtual host can be removed through it when the test ends.
        await cluster.RestartAsync(google.Leader);
    }

    private static async Task<(RabbitMqCluster.Node Leader, int Members)> QuorumAsync(RabbitMqCluster cluster, ProcessSuite suite, string queue)
    {
        (RabbitMqCluster.Node Leader, int Members)? quorum = null;
        await Eventually.TrueAsync(async () => (quorum = await cluster.QuorumOfAsync(suite.Broker.Name, queue)) is not null,
            $"{queue} is not a quorum queue with a leader");
        return quorum!.Value;
    }
}
