using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conferencing.RoomEvents.Delivery;

/// <summary>The outbox table in room-events' database (applied by <see cref="Storage.RoomEventsDb"/>).</summary>
public sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedOnAdd();
        builder.Property(d => d.Payload).HasMaxLength(40_000);
        builder.Property(d => d.LastError).HasMaxLength(256);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        // One delivery per timeline message, however often the message's writer runs.
        builder.HasIndex(d => d.MessageId).IsUnique();
        // The outbox's one question: which pending message is first in its room?
        builder.HasIndex(d => new { d.Status, d.RoomId, d.Id });
    }
}
