using Conferencing.Testing;

namespace Conferencing.RoomEvents.Tests.Delivery;

/// <summary>Restarts room-events mid-way, so it has a host of its own: the other delivery tests keep theirs running.</summary>
public sealed class WebhookDeliveryRestartTests(DeliveryHost host, ChatServer chats) : IClassFixture<DeliveryHost>, IClassFixture<ChatServer>
{
    [Fact]
    public async Task Deliver_RoomEventsRestartedWhileChatDown_EveryMessageExactlyOnceInOrder()
    {
        using var chat = chats.NewWebhook();
        var room = await ChatRoom.CreateAsync(host, chat.Url);
        var delivered = await room.InvitationAsync(host, topic: "Before the restart");
        await WebhookDeliveryTests.DeliveredAsync(host, room, chat, 1);

        chat.BreakConnections();
        var waiting = await room.InvitationAsync(host, topic: "While the chat is down");
        await room.FailureAsync(host);
        await Eventually.TrueAsync(() => Task.FromResult(chat.Attempts.Count(a => a.MessageId == waiting) >= 2), "the chat was not retried");

        // A new process on the same database: the old one's rows are all it has to go on.
        await host.RestartAsync();
        chat.ComeBack();
        await room.InvitationAsync(host, topic: "After the restart");

        var requests = await WebhookDeliveryTests.DeliveredAsync(host, room, chat, 4);
        Assert.Equal(await room.TimelineAsync(host), requests.Select(r => r.MessageId!.Value));
        Assert.Equal(delivered, requests[0].MessageId);
        Assert.Equal(waiting, requests[1].MessageId);
    }
}
