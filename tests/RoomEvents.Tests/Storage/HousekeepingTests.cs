using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.RoomEvents.Delivery;
using Conferencing.RoomEvents.Storage;
using Conferencing.RoomEvents.Tests.Hosting;
using Conferencing.Testing;
using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Tests.Storage;

/// <summary>
/// Expired idempotency keys and finished chat deliveries are deleted; everything younger, and every delivery still on
/// its way, stays. The tests of this class share one clock, so each moves it forward only and looks at its own rows.
/// </summary>
public sealed class HousekeepingTests(HousekeepingHost host) : IClassFixture<HousekeepingHost>
{
    [Fact]
    public async Task IdempotencyKey_PastItsLifetime_ForgottenWhileAYoungerKeyStillReplays()
    {
        var room = await TestRoom.CreateAsync(host);
        var first = await AcceptedAsync(room, "old-click");
        host.Clock.Advance(TimeSpan.FromHours(3));
        var second = await AcceptedAsync(room, "recent-click");
        // The old key is an hour past its lifetime, the recent one 22 hours old (three hours of polls from expiring).
        host.Clock.Advance(HousekeepingHost.KeyLifetime - TimeSpan.FromHours(2));

        await Eventually.TrueAsync(
            async () =>
            {
                host.Clock.Advance(HousekeepingHost.Every);
                return !await KeyStoredAsync(room, "old-click");
            },
            "the expired key was never deleted");

        Assert.True(await KeyStoredAsync(room, "recent-click"));
        Assert.Equal(second, await AcceptedAsync(room, "recent-click"));
        // Forgotten: the same key is a new click now.
        Assert.NotEqual(first, await AcceptedAsync(room, "old-click"));
    }

    [Fact]
    public async Task IdempotencyKeys_MoreThanABatch_AllDeletedInOneRound()
    {
        var roomId = "C-" + Guid.NewGuid().ToString("N")[..8];
        var createdAt = host.Clock.GetUtcNow() - HousekeepingHost.KeyLifetime - TimeSpan.FromHours(1);
        await host.QueryAsync(db =>
        {
            db.IdempotencyRecords.AddRange(Enumerable.Range(0, 2_500).Select(i => new IdempotencyRecord
            {
                RoomId = roomId,
                UserId = $"U-{i % 7}",
                Key = $"click-{i}",
                RequestFingerprint = "fingerprint",
                ConferenceId = Guid.NewGuid(),
                CreatedAt = createdAt,
            }));
            return db.SaveChangesAsync();
        });

        // One tick, so one round: it must go on past its first batch of 1,000.
        host.Clock.Advance(HousekeepingHost.Every);

        await Eventually.TrueAsync(
            async () => await host.QueryAsync(db => db.IdempotencyRecords.CountAsync(r => r.RoomId == roomId)) == 0,
            "a round stopped before every expired key was deleted");
    }

    [Fact]
    public async Task Deliveries_FinishedLongerAgoThanKept_DeletedWhilePendingAndRecentOnesStay()
    {
        var now = host.Clock.GetUtcNow();
        var old = now - HousekeepingHost.KeepFinishedFor - TimeSpan.FromHours(1);
        var recent = now - HousekeepingHost.KeepFinishedFor + TimeSpan.FromHours(12);
        var roomId = "C-" + Guid.NewGuid().ToString("N")[..8];
        WebhookDelivery[] deliveries =
        [
            Delivery(roomId, WebhookDeliveryStatus.Delivered, old, deliveredAt: old),
            Delivery(roomId, WebhookDeliveryStatus.Failed, old),
            Delivery(roomId, WebhookDeliveryStatus.Pending, old),
            Delivery(roomId, WebhookDeliveryStatus.Delivered, recent, deliveredAt: recent),
            // Written long ago, accepted by the chat only lately (after a long outage): kept from its delivery on.
            Delivery(roomId, WebhookDeliveryStatus.Delivered, old, deliveredAt: recent),
        ];
        await host.QueryAsync(db =>
        {
            db.AddRange(deliveries);
            return db.SaveChangesAsync();
        });

        await Eventually.TrueAsync(
            async () =>
            {
                host.Clock.Advance(HousekeepingHost.Every);
                return await host.QueryAsync(db => db.Set<WebhookDelivery>().CountAsync(d => d.RoomId == roomId)) < deliveries.Length;
            },
            "no finished delivery was ever deleted");

        var left = await host.QueryAsync(db => db.Set<WebhookDelivery>().Where(d => d.RoomId == roomId).Select(d => d.MessageId).ToListAsync());
        Assert.Equal(new[] { deliveries[2].MessageId, deliveries[3].MessageId, deliveries[4].MessageId }.Order(), left.Order());
    }

    private async Task<Guid> AcceptedAsync(TestRoom room, string idempotencyKey)
    {
        using var response = await room.StartAsync(host, idempotencyKey: idempotencyKey);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conferenceId").GetGuid();
    }

    private Task<bool> KeyStoredAsync(TestRoom room, string idempotencyKey) =>
        host.QueryAsync(db => db.IdempotencyRecords.AnyAsync(r => r.RoomId == room.RoomId && r.Key == idempotencyKey));

    // Never due while the test runs: the dispatcher leaves the pending one alone.
    private WebhookDelivery Delivery(string roomId, WebhookDeliveryStatus status, DateTimeOffset createdAt, DateTimeOffset? deliveredAt = null) => new()
    {
        MessageId = Guid.NewGuid(),
        RoomId = roomId,
        WebhookUrl = "http://127.0.0.1:9/never-called",
        Payload = """{"text":"hello"}""",
        CreatedAt = createdAt,
        Status = status,
        DeliveredAt = deliveredAt,
        NextAttemptAt = host.Clock.GetUtcNow() + TimeSpan.FromDays(365),
    };
}
