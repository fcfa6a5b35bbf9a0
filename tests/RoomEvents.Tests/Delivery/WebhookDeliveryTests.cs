using System.Net;
using System.Net.Http.Json;
using Conferencing.RoomEvents.Delivery;
using Conferencing.RoomEvents.Tests.Hosting;
using Conferencing.Testing;
using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Tests.Delivery;

public sealed class WebhookDeliveryTests(DeliveryHost host, ChatServer chats) : IClassFixture<DeliveryHost>, IClassFixture<ChatServer>
{
    [Fact]
    public async Task Deliver_ChatUp_InvitationPostedOnceAsSlackPayload()
    {
        using var chat = chats.NewWebhook();
        var room = await ChatRoom.CreateAsync(host, chat.Url);

        var messageId = await room.InvitationAsync(host, topic: "Weekly <!channel> sync");

        var delivered = await DeliveredAsync(host, room, chat, 1);
        var request = Assert.Single(delivered);
        Assert.Equal(messageId, request.MessageId);
        Assert.Equal(
            "*Alice Smith* started a conference on Google Meet: *Weekly &lt;!channel&gt; sync*\n"
            + "<https://meet.google.com/abc-mnop-xyz|Join> · Meeting code: abc-mnop-xyz\n"
            + "Dial-in: +1 555-010-0199 · PIN: 123 456 789#\n"
            + "<tel:+15550100199,,123456789%23|Dial with one tap> · <https://tel.meet/abc-mnop-xyz?pin=123456789|More phone numbers>",
            request.Text);
        Assert.False(request.Payload.GetProperty("unfurl_links").GetBoolean());
        Assert.False(request.Payload.GetProperty("unfurl_media").GetBoolean());
    }

    [Fact]
    public async Task Deliver_ChatDownThenUp_EveryMessageExactlyOnceInOrderPerRoom()
    {
        using var chatA = chats.NewWebhook();
        using var chatB = chats.NewWebhook();
        chatA.GoDown(503);
        chatB.BreakConnections();
        var roomA = await ChatRoom.CreateAsync(host, chatA.Url);
        var roomB = await ChatRoom.CreateAsync(host, chatB.Url, locale: "ru");

        var firstA = await roomA.InvitationAsync(host, topic: "Planning");
        await roomA.FailureAsync(host);
        await roomA.InvitationAsync(host, topic: "Retro");
        await roomB.InvitationAsync(host, topic: "Планёрка");
        await roomB.InvitationAsync(host, topic: "Ретро 🎉");

        // While the chat is down, only each room's first message is tried, again and again.
        await Eventually.TrueAsync(() => Task.FromResult(chatA.Attempts.Count >= 3), "room A's chat was not retried");
        await Eventually.TrueAsync(() => Task.FromResult(chatB.Attempts.Count >= 3), "room B's chat was not retried");
        Assert.All(chatA.Attempts, attempt => Assert.Equal(firstA, attempt.MessageId));
        Assert.Empty(chatA.Delivered);

        chatA.ComeBack();
        chatB.ComeBack();

        Assert.Equal(await roomA.TimelineAsync(host), (await DeliveredAsync(host, roomA, chatA, 3)).Select(r => r.MessageId!.Value));
        Assert.Equal(await roomB.TimelineAsync(host), (await DeliveredAsync(host, roomB, chatB, 2)).Select(r => r.MessageId!.Value));
        Assert.Contains("Планёрка", chatB.Delivered[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("*Alice Smith* начинает конференцию Google Meet: *Ретро 🎉*", chatB.Delivered[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_FailureNotice_PostedInTheTeamsLanguage()
    {
        using var chat = chats.NewWebhook();
        var room = await ChatRoom.CreateAsync(host, chat.Url, locale: "ru");

        await room.FailureAsync(host);

        Assert.Equal(
            "Не удалось начать конференцию Google Meet: Google Meet сейчас не отвечает. Попробуйте ещё раз через несколько минут.",
            Assert.Single(await DeliveredAsync(host, room, chat, 1)).Text);
    }

    [Fact]
    public async Task Deliver_SharedThenEnded_EachChatGetsItsInvitationAndTheEndedFollowUp()
    {
        using var chat = chats.NewWebhook();
        using var otherChat = chats.NewWebhook();
        var room = await ChatRoom.CreateAsync(host, chat.Url);
        var other = await room.SiblingAsync(host, "design", otherChat.Url);
        var conferenceId = await room.StartedConferenceAsync(host);
        using var alice = host.Client(TestRoom.Alice);

        var shared = await alice.PostAsJsonAsync($"/api/conferences/{conferenceId}/shares", new { roomId = other.RoomId });
        Assert.Equal(HttpStatusCode.Created, shared.StatusCode);
        var ended = await alice.PostAsync(new Uri($"/api/conferences/{conferenceId}/end", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);

        const string EndedLine = "*Alice Smith* ended the conference on Google Meet: *Weekly sync*";
        var inOwnRoom = await DeliveredAsync(host, room, chat, 2);
        Assert.StartsWith("*Alice Smith* started a conference on Google Meet: *Weekly sync*\n<https://meet.google.com/", inOwnRoom[0].Text, StringComparison.Ordinal);
        Assert.Equal(EndedLine, inOwnRoom[1].Text);
        var inOtherRoom = await DeliveredAsync(host, other, otherChat, 2);
        Assert.Equal("*Alice Smith* shared this from general.", inOtherRoom[0].Text.Split('\n')[1]);
        Assert.Equal(EndedLine, inOtherRoom[1].Text);
    }

    [Fact]
    public async Task Deliver_ChatAnswersPermanent404_GivesUpAfterConfiguredAttemptsAndGoesOn()
    {
        using var chat = chats.NewWebhook();
        chat.GoDown(404, "no_service");
        var room = await ChatRoom.CreateAsync(host, chat.Url);

        var first = await room.InvitationAsync(host);
        var second = await room.InvitationAsync(host, topic: "Second");

        await Eventually.TrueAsync(
            async () => await CountAsync(host, room, WebhookDeliveryStatus.Failed) == 2,
            "the refused messages were not recorded as failed");
        var attempts = chat.Attempts;
        Assert.Equal(DeliveryHost.PermanentFailureAttempts, attempts.Count(a => a.MessageId == first));
        Assert.Equal(DeliveryHost.PermanentFailureAttempts, attempts.Count(a => a.MessageId == second));
        var lastErrors = await host.QueryAsync(db => db.Set<WebhookDelivery>().Where(d => d.RoomId == room.RoomId).Select(d => d.LastError).ToListAsync());
        Assert.All(lastErrors, error => Assert.Equal("404 no_service", error));
        Assert.Empty(chat.Delivered);
    }

    [Fact]
    public async Task Deliver_RoomWithoutWebhook_NothingQueued()
    {
        var room = await ChatRoom.CreateAsync(host, webhookUrl: null);

        await room.InvitationAsync(host);

        Assert.Equal(0, await host.QueryAsync(db => db.Set<WebhookDelivery>().CountAsync(d => d.RoomId == room.RoomId)));
    }

    /// <summary>
    /// Waits until the outbox marked <paramref name="count"/> of the room's messages delivered and has none left pending
    /// (so nothing more can be sent), then checks that the chat accepted each message exactly once. Oldest first.
    /// </summary>
    internal static async Task<IReadOnlyList<WebhookRequest>> DeliveredAsync(RoomEventsHost host, ChatRoom room, ChatWebhook chat, int count)
    {
        await Eventually.TrueAsync(
            async () => await host.QueryAsync(db => db.Set<WebhookDelivery>()
                .Where(d => d.RoomId == room.RoomId)
                .AllAsync(d => d.Status == WebhookDeliveryStatus.Delivered)) && await CountAsync(host, room, WebhookDeliveryStatus.Delivered) == count,
            $"the outbox did not deliver {count} messages to room {room.RoomId}'s chat");
        var delivered = chat.Delivered;
        Assert.All(delivered.CountBy(r => r.MessageId ?? Guid.Empty), perMessage => Assert.Equal(1, perMessage.Value));
        Assert.Equal(count, delivered.Count);
        return delivered;
    }

    internal static Task<int> CountAsync(RoomEventsHost host, ChatRoom room, WebhookDeliveryStatus status) =>
        host.QueryAsync(db => db.Set<WebhookDelivery>().CountAsync(d => d.RoomId == room.RoomId && d.Status == status));
}
