using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Conferencing.RoomEvents.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RedriveScheduleAndKeyIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_conferences_Status_LastSentAt",
                table: "conferences");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NextSendAt",
                table: "conferences",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Hand-written: a start still waiting when the database is upgraded is due at once (the bridges are idempotent).
            migrationBuilder.Sql("UPDATE conferences SET \"NextSendAt\" = \"LastSentAt\";");

            // Hand-written: the fingerprint of the release before migrations was only there to adopt it (PreMigrationDatabase).
            migrationBuilder.Sql("DROP TABLE IF EXISTS schema_fingerprint;");

            migrationBuilder.CreateIndex(
                name: "IX_idempotency_keys_CreatedAt",
                table: "idempotency_keys",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_conferences_Status_NextSendAt",
                table: "conferences",
                columns: new[] { "Status", "NextSendAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_idempotency_keys_CreatedAt",
                table: "idempotency_keys");

            migrationBuilder.DropIndex(
                name: "IX_conferences_Status_NextSendAt",
                table: "conferences");

            migrationBuilder.DropColumn(
                name: "NextSendAt",
                table: "conferences");

            migrationBuilder.CreateIndex(
                name: "IX_conferences_Status_LastSentAt",
                table: "conferences",
                columns: new[] { "Status", "LastSentAt" });
        }
    }
}
