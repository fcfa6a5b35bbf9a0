namespace Conferencing.Hosting.Tests;

public sealed class BrokerQueuesTests
{
    [Theory]
    [InlineData("rabbitmq://localhost/vhost/start-google-hangout", false)]
    [InlineData("rabbitmq://localhost/vhost/room-timeline-changed-host-1?temporary=true", true)]
    [InlineData("rabbitmq://localhost/vhost/room-timeline-changed-host-1?durable=false&autodelete=true", true)]
    [InlineData("rabbitmq://localhost/vhost/queue?prefetch=16", false)]
    public void IsTemporary_Address_SaysWhetherTheBrokerDeletesTheQueue(string address, bool temporary) =>
        Assert.Equal(temporary, BrokerQueues.IsTemporary(new Uri(address)));
}
