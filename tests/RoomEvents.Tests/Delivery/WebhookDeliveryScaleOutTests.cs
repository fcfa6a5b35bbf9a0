using Conferencing.Testing;

namespace Conferencing.RoomEvents.Tests.Delivery;

/// <summary>
/// Two room-events instances deliver one database's outbox. On the real broker (<see cref="ScaledOutDeliveryHost"/>), as
/// a scale-out runs: on the test harness each instance would have a bus of its own, and only the first would take events.
/// </summary>
public sealed class WebhookDeliveryScaleOutTests(ScaledOutDeliveryHost host, ChatServer chats)
    : IClassFixture<ScaledOutDeliveryHost>, IClassFixture<ChatServer>
{
    [Fact]
    public async Task Deliver_TwoInstancesOnOneDatabase_EveryMessageExactlyOnceInOrder()
    {
        await using var second = await host.StartInstanceAsync();
        using var chat = chats.NewWebhook();
        using var otherChat = chats.NewWebhook();
        chat.GoDown(503);
        var room = await ChatRoom.CreateAsync(host, chat.Url);
        var other = await ChatRoom.CreateAsync(host, otherChat.Url);
        for (var i = 0; i < 4; i++)
        {
            await room.InvitationAsync(host, topic: $"Topic {i}");
            await other.InvitationAsync(host, topic: $"Other {i}");
        }
        // Both instances compete for the first message while the chat is down...
        await Eventually.TrueAsync(() => Task.FromResult(chat.Attempts.Count >= 4), "the chat was not retried");

        chat.ComeBack();

        // ...and, once it is back, each message is sent once, in the room's order.
        Assert.Equal(await room.TimelineAsync(host), (await WebhookDeliveryTests.DeliveredAsync(host, room, chat, 4)).Select(r => r.MessageId!.Value));
        Assert.Equal(await other.TimelineAsync(host), (await WebhookDeliveryTests.DeliveredAsync(host, other, otherChat, 4)).Select(r => r.MessageId!.Value));
    }
}
