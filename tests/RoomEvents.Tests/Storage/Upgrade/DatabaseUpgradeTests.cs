using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.RoomEvents.Delivery;
using Conferencing.RoomEvents.Storage;
using Microsoft.EntityFrameworkCore;
using static Conferencing.RoomEvents.Tests.Storage.Upgrade.ReleaseBeforeMigrationsDatabase;

namespace Conferencing.RoomEvents.Tests.Storage.Upgrade;

/// <summary>
/// An operator upgrades: today's room-events starts on the database the last release before migrations made, migrates
/// it in place, and everything that release wrote is still there and still works.
/// </summary>
public sealed class DatabaseUpgradeTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Start_OnTheLastReleasesDatabase_KeepsEveryRow(DatabaseProvider provider)
    {
        await using var database = await ReleaseBeforeMigrationsDatabase.CreateAsync(provider);
        var host = new UpgradedHost(database.ConnectionString);
        await host.InitializeAsync();
        try
        {
            await host.QueryAsync(async db =>
            {
                Assert.Equal(2, await db.Teams.CountAsync());
                Assert.Equal(3, await db.Rooms.CountAsync());
                Assert.Equal(4, await db.Conferences.CountAsync());
                Assert.Equal(4, await db.TimelineMessages.CountAsync());
                Assert.Equal(1, await db.ConferenceShares.CountAsync());
                Assert.Equal(1, await db.IdempotencyRecords.CountAsync());
                Assert.Equal(["Delivered", "Pending"], await db.Set<WebhookDelivery>().OrderBy(d => d.Id).Select(d => d.Status.ToString()).ToListAsync());
                var starting = await db.Conferences.SingleAsync(c => c.Id == StartingConference);
                // The re-drive's new column: a start still waiting is due at once.
                Assert.Equal(starting.LastSentAt, starting.NextSendAt);
                Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
                return 0;
            });
            Assert.Equal(0L, await database.CountAsync(FingerprintTables(provider)));

            using var alice = host.Client("alice");
            var team = await alice.GetFromJsonAsync<JsonElement>("/api/teams/acme");
            Assert.Equal("acme.example", team.GetProperty("googleWorkspaceDomain").GetString());
            Assert.Equal("123456", team.GetProperty("providers").GetProperty("uberconference").GetProperty("pin").GetString());

            var started = await alice.GetFromJsonAsync<JsonElement>($"/api/conferences/{StartedConference}");
            Assert.Equal("started", started.GetProperty("status").GetString());
            Assert.Equal("https://meet.google.com/abc-defg-hij", started.GetProperty("joinUrl").GetString());
            Assert.Equal("tel:+15550100199,,123456789%23", started.GetProperty("dialIn").GetProperty("oneTapUri").GetString());
            Assert.Equal("carol", started.GetProperty("excludedMembers")[0].GetProperty("userId").GetString());
            var ended = await alice.GetFromJsonAsync<JsonElement>($"/api/conferences/{EndedConference}");
            Assert.Equal("ended", ended.GetProperty("status").GetString());
            Assert.Equal("alice", ended.GetProperty("endedBy").GetProperty("userId").GetString());

            var general = await alice.GetFromJsonAsync<JsonElement>("/api/rooms/general/messages");
            Assert.Equal("**Alice** started a conference on Google Meet: **Weekly sync**", general[0].GetProperty("text").GetString());
            var design = await alice.GetFromJsonAsync<JsonElement>("/api/rooms/design/messages");
            Assert.Equal(["ended", "invitation"], design.EnumerateArray().Select(m => m.GetProperty("kind").GetString()));
            using var ivan = host.Client("ivan");
            var workshop = await ivan.GetFromJsonAsync<JsonElement>("/api/rooms/tsekh/messages");
            Assert.Equal("Не удалось начать конференцию", workshop[0].GetProperty("text").GetString());

            // The click the old release remembered is still the same click.
            using var again = new HttpRequestMessage(HttpMethod.Post, "/api/rooms/general/conferences")
            {
                Content = JsonContent.Create(new { provider = "google-hangout", topic = "Weekly sync" }),
            };
            again.Headers.Add("Idempotency-Key", "click-1");
            using var replay = await alice.SendAsync(again);
            Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
            Assert.Equal(StartedConference, (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conferenceId").GetGuid());
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Start_OnADatabaseOfAnOlderSchema_RefusesAndChangesNothing(DatabaseProvider provider)
    {
        await using var database = await ReleaseBeforeMigrationsDatabase.CreateAsync(provider, script => script
            .Replace(PreMigrationDatabase.SqliteFingerprint, "0123456789abcdef", StringComparison.Ordinal)
            .Replace(PreMigrationDatabase.PostgreSqlFingerprint, "0123456789abcdef", StringComparison.Ordinal));
        var host = new UpgradedHost(database.ConnectionString);

        var refused = await Assert.ThrowsAnyAsync<Exception>(host.InitializeAsync);

        Assert.Contains("cannot be upgraded in place", refused.ToString(), StringComparison.Ordinal);
        Assert.Equal(1L, await database.CountAsync(FingerprintTables(provider)));
        Assert.Equal(2L, await database.CountAsync("SELECT COUNT(*) FROM teams"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TwoInstances_StartingTogetherOnOnePostgreSql_MigrateOnce(bool fromTheLastRelease)
    {
        await using var database = fromTheLastRelease
            ? await ReleaseBeforeMigrationsDatabase.CreateAsync(DatabaseProvider.PostgreSql)
            : await ReleaseBeforeMigrationsDatabase.CreateEmptyAsync(DatabaseProvider.PostgreSql);
        var first = new UpgradedHost(database.ConnectionString);
        var second = new UpgradedHost(database.ConnectionString);
        try
        {
            // Had both run a migration, the second would have met the first's tables and failed to start.
            await Task.WhenAll(first.InitializeAsync(), second.InitializeAsync());

            var applied = await second.QueryAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList());
            Assert.Equal(await first.QueryAsync(db => Task.FromResult(db.Database.GetMigrations().ToList())), applied);
            Assert.Equal(fromTheLastRelease ? 4 : 0, await first.QueryAsync(db => db.Conferences.CountAsync()));
        }
        finally
        {
            await second.DisposeAsync();
            await first.DisposeAsync();
        }
    }

    private static string FingerprintTables(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite
        ? "SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_fingerprint'"
        : "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'schema_fingerprint'";
}
