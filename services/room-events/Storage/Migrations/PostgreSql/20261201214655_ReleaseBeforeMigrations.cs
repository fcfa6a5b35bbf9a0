using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Conferencing.RoomEvents.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ReleaseBeforeMigrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                columns: table => new
                {
                    RoomId = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    UserId = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    Key = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    RequestFingerprint = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    ConferenceId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotency_keys", x => new { x.RoomId, x.UserId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "teams",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    Name = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    Locale = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    GoogleWorkspaceDomain = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    Admins = table.Column<List<string>>(type: "text[]", nullable: false),
                    GoogleHangoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    UberConferenceEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    UberConferencePin = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_teams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "timeline_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoomId = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ConferenceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_timeline_messages", x => x.MessageId);
                });

            migrationBuilder.CreateTable(
                name: "webhook_deliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoomId = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    WebhookUrl = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    Payload = table.Column<string>(type: "character varying(40000)", maxLength: 40000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LeasedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LeaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_webhook_deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rooms",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    TeamId = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    Name = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    WebhookUrl = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Members = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rooms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rooms_teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    RoomId = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    Provider = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    Topic = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    Starter_UserId = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    Starter_Name = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    Starter_Email = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    JoinUrl = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    MeetingCode = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    DialInNumber = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    DialInPin = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    DialInOneTapUri = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    DialInMoreNumbersUrl = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    RestrictedToDomain = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    FailureCode = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    FailureMessage = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    FailureRetryMayHelp = table.Column<bool>(type: "boolean", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FailedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndedByUserId = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    EndedByName = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    LastSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExcludedMembers = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conferences_rooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "rooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conference_shares",
                columns: table => new
                {
                    ConferenceId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoomId = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    SharedByUserId = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    SharedByName = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    SharedFromRoomId = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    SharedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExcludedMembers = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conference_shares", x => new { x.ConferenceId, x.RoomId });
                    table.ForeignKey(
                        name: "FK_conference_shares_conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_conference_shares_rooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "rooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_conference_shares_RoomId",
                table: "conference_shares",
                column: "RoomId");

            migrationBuilder.CreateIndex(
                name: "IX_conferences_RoomId_RequestedAt",
                table: "conferences",
                columns: new[] { "RoomId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_conferences_Status_LastSentAt",
                table: "conferences",
                columns: new[] { "Status", "LastSentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_conferences_Status_StartedAt",
                table: "conferences",
                columns: new[] { "Status", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_rooms_TeamId",
                table: "rooms",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_timeline_messages_ConferenceId_RoomId_Kind",
                table: "timeline_messages",
                columns: new[] { "ConferenceId", "RoomId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_timeline_messages_RoomId_CreatedAt",
                table: "timeline_messages",
                columns: new[] { "RoomId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_webhook_deliveries_MessageId",
                table: "webhook_deliveries",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_webhook_deliveries_Status_RoomId_Id",
                table: "webhook_deliveries",
                columns: new[] { "Status", "RoomId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "conference_shares");

            migrationBuilder.DropTable(
                name: "idempotency_keys");

            migrationBuilder.DropTable(
                name: "timeline_messages");

            migrationBuilder.DropTable(
                name: "webhook_deliveries");

            migrationBuilder.DropTable(
                name: "conferences");

            migrationBuilder.DropTable(
                name: "rooms");

            migrationBuilder.DropTable(
                name: "teams");
        }
    }
}
