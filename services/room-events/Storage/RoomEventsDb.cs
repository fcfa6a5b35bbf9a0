using Microsoft.EntityFrameworkCore;

namespace Conferencing.RoomEvents.Storage;

/// <summary>
/// The one database of the suite: teams, rooms, conferences, idempotency keys and room timelines. Each database has a
/// context of its own (<see cref="SqliteRoomEventsDb"/>, <see cref="PostgreSqlRoomEventsDb"/>) because each has its own
/// migrations; everything else asks for this one.
/// </summary>
public abstract class RoomEventsDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<Room> Rooms => Set<Room>();
    public DbSet<Conference> Conferences => Set<Conference>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<TimelineMessage> TimelineMessages => Set<TimelineMessage>();
    public DbSet<Lifecycle.ConferenceShare> ConferenceShares => Set<Lifecycle.ConferenceShare>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<string>().HaveMaxLength(2048);
        configurationBuilder.Properties<ConferenceStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<TimelineMessageKind>().HaveConversion<string>().HaveMaxLength(16);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Team>().ToTable("teams");

        modelBuilder.Entity<Room>(room =>
        {
            room.ToTable("rooms");
            room.HasOne<Team>().WithMany().HasForeignKey(r => r.TeamId);
            room.OwnsMany(r => r.Members, members => members.ToJson());
        });

        modelBuilder.Entity<Conference>(conference =>
        {
            conference.ToTable("conferences");
            conference.Property(c => c.Id).ValueGeneratedNever();
            conference.OwnsOne(c => c.Starter);
            conference.OwnsMany(c => c.ExcludedMembers, members => members.ToJson());
            conference.Ignore(c => c.DialIn);
            conference.HasOne<Room>().WithMany().HasForeignKey(c => c.RoomId);
            // A failure and a success racing for the same conference: the second writer re-reads and decides again.
            conference.Property(c => c.Status).IsConcurrencyToken();
            conference.HasIndex(c => new { c.Status, c.NextSendAt });
            conference.Ignore(c => c.Duration);
            // The expiry looks for long-running conferences; a room's history lists its conferences newest first.
            conference.HasIndex(c => new { c.Status, c.StartedAt });
            conference.HasIndex(c => new { c.RoomId, c.RequestedAt });
        });

        modelBuilder.ApplyConfiguration(new Lifecycle.ConferenceShareConfiguration());
        modelBuilder.ApplyConfiguration(new Delivery.WebhookDeliveryConfiguration());

        modelBuilder.Entity<IdempotencyRecord>(record =>
        {
            record.ToTable("idempotency_keys");
            record.HasKey(r => new { r.RoomId, r.UserId, r.Key });
            // The housekeeping deletes the oldest keys first.
            record.HasIndex(r => r.CreatedAt);
        });

        modelBuilder.Entity<TimelineMessage>(message =>
        {
            message.ToTable("timeline_messages");
            message.HasKey(m => m.MessageId);
            message.Property(m => m.Text).HasMaxLength(16_000);
            message.HasIndex(m => new { m.ConferenceId, m.RoomId, m.Kind }).IsUnique();
            message.HasIndex(m => new { m.RoomId, m.CreatedAt });
        });
    }
}
