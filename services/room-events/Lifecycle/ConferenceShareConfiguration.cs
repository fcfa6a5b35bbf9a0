using Conferencing.RoomEvents.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conferencing.RoomEvents.Lifecycle;

/// <summary>The <c>conference_shares</c> table: keyed by (conference, room), like the invitation it records.</summary>
public sealed class ConferenceShareConfiguration : IEntityTypeConfiguration<ConferenceShare>
{
    public void Configure(EntityTypeBuilder<ConferenceShare> builder)
    {
        builder.ToTable("conference_shares");
        builder.HasKey(s => new { s.ConferenceId, s.RoomId });
        builder.HasOne<Conference>().WithMany().HasForeignKey(s => s.ConferenceId);
        builder.HasOne<Room>().WithMany().HasForeignKey(s => s.RoomId);
        builder.OwnsMany(s => s.ExcludedMembers, members => members.ToJson());
    }
}
