-- A room-events database as the last release before migrations (2026-11, commit 7ba9533) made it: the schema its
-- EnsureCreated wrote (DbContext.Database.GenerateCreateScript() of that release, unchanged), the fingerprint table it
-- added, and rows that release wrote (dumped with the sqlite3 shell). The upgrade tests start today's room-events on it.
CREATE TABLE "idempotency_keys" (
    "RoomId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "RequestFingerprint" TEXT NOT NULL,
    "ConferenceId" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "PK_idempotency_keys" PRIMARY KEY ("RoomId", "UserId", "Key")
);


CREATE TABLE "teams" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_teams" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Locale" TEXT NOT NULL,
    "GoogleWorkspaceDomain" TEXT NULL,
    "Admins" TEXT NOT NULL,
    "GoogleHangoutEnabled" INTEGER NOT NULL,
    "UberConferenceEnabled" INTEGER NOT NULL,
    "UberConferencePin" TEXT NULL,
    "UpdatedAt" INTEGER NOT NULL
);


CREATE TABLE "timeline_messages" (
    "MessageId" TEXT NOT NULL CONSTRAINT "PK_timeline_messages" PRIMARY KEY,
    "RoomId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "ConferenceId" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL
);


CREATE TABLE "webhook_deliveries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_webhook_deliveries" PRIMARY KEY AUTOINCREMENT,
    "MessageId" TEXT NOT NULL,
    "RoomId" TEXT NOT NULL,
    "WebhookUrl" TEXT NOT NULL,
    "Payload" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" INTEGER NOT NULL,
    "LeasedUntil" INTEGER NULL,
    "LeaseId" TEXT NULL,
    "DeliveredAt" INTEGER NULL,
    "LastError" TEXT NULL
);


CREATE TABLE "rooms" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_rooms" PRIMARY KEY,
    "TeamId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "WebhookUrl" TEXT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Members" TEXT NULL,
    CONSTRAINT "FK_rooms_teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "teams" ("Id") ON DELETE CASCADE
);


CREATE TABLE "conferences" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_conferences" PRIMARY KEY,
    "TeamId" TEXT NOT NULL,
    "RoomId" TEXT NOT NULL,
    "Provider" TEXT NOT NULL,
    "Topic" TEXT NULL,
    "Starter_UserId" TEXT NOT NULL,
    "Starter_Name" TEXT NOT NULL,
    "Starter_Email" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "JoinUrl" TEXT NULL,
    "MeetingCode" TEXT NULL,
    "DialInNumber" TEXT NULL,
    "DialInPin" TEXT NULL,
    "DialInOneTapUri" TEXT NULL,
    "DialInMoreNumbersUrl" TEXT NULL,
    "RestrictedToDomain" TEXT NULL,
    "FailureCode" TEXT NULL,
    "FailureMessage" TEXT NULL,
    "FailureRetryMayHelp" INTEGER NOT NULL,
    "RequestedAt" INTEGER NOT NULL,
    "StartedAt" INTEGER NULL,
    "FailedAt" INTEGER NULL,
    "EndedAt" INTEGER NULL,
    "EndedByUserId" TEXT NULL,
    "EndedByName" TEXT NULL,
    "LastSentAt" INTEGER NOT NULL,
    "ExcludedMembers" TEXT NULL,
    CONSTRAINT "FK_conferences_rooms_RoomId" FOREIGN KEY ("RoomId") REFERENCES "rooms" ("Id") ON DELETE CASCADE
);


CREATE TABLE "conference_shares" (
    "ConferenceId" TEXT NOT NULL,
    "RoomId" TEXT NOT NULL,
    "SharedByUserId" TEXT NOT NULL,
    "SharedByName" TEXT NOT NULL,
    "SharedFromRoomId" TEXT NOT NULL,
    "SharedAt" INTEGER NOT NULL,
    "ExcludedMembers" TEXT NULL,
    CONSTRAINT "PK_conference_shares" PRIMARY KEY ("ConferenceId", "RoomId"),
    CONSTRAINT "FK_conference_shares_conferences_ConferenceId" FOREIGN KEY ("ConferenceId") REFERENCES "conferences" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_conference_shares_rooms_RoomId" FOREIGN KEY ("RoomId") REFERENCES "rooms" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_conference_shares_RoomId" ON "conference_shares" ("RoomId");


CREATE INDEX "IX_conferences_RoomId_RequestedAt" ON "conferences" ("RoomId", "RequestedAt");


CREATE INDEX "IX_conferences_Status_LastSentAt" ON "conferences" ("Status", "LastSentAt");


CREATE INDEX "IX_conferences_Status_StartedAt" ON "conferences" ("Status", "StartedAt");


CREATE INDEX "IX_rooms_TeamId" ON "rooms" ("TeamId");


CREATE UNIQUE INDEX "IX_timeline_messages_ConferenceId_RoomId_Kind" ON "timeline_messages" ("ConferenceId", "RoomId", "Kind");


CREATE INDEX "IX_timeline_messages_RoomId_CreatedAt" ON "timeline_messages" ("RoomId", "CreatedAt");


CREATE UNIQUE INDEX "IX_webhook_deliveries_MessageId" ON "webhook_deliveries" ("MessageId");


CREATE INDEX "IX_webhook_deliveries_Status_RoomId_Id" ON "webhook_deliveries" ("Status", "RoomId", "Id");



CREATE TABLE schema_fingerprint (fingerprint VARCHAR(64) NOT NULL);

INSERT INTO idempotency_keys VALUES('general','alice','click-1','CA50E23AD0E43C8BA887F5687AE2EDB41BFC2832E337546E7E53EF0FBFCA5186','11111111-1111-4111-8111-111111111111',639316296000000000);
INSERT INTO teams VALUES('acme','Acme','en','acme.example','["alice"]',1,1,'123456',639316296000000000);
INSERT INTO teams VALUES('zavod','Завод','ru',NULL,'["ivan"]',1,0,NULL,639316296000000000);
INSERT INTO timeline_messages VALUES('AAAAAAAA-0000-4000-8000-000000000001','general','Invitation','11111111-1111-4111-8111-111111111111','**Alice** started a conference on Google Meet: **Weekly sync**',639316296020000000);
INSERT INTO timeline_messages VALUES('AAAAAAAA-0000-4000-8000-000000000002','design','Invitation','11111111-1111-4111-8111-111111111111','**Alice** shared a conference on Google Meet: **Weekly sync**',639316297200000000);
INSERT INTO timeline_messages VALUES('AAAAAAAA-0000-4000-8000-000000000003','tsekh','Failure','33333333-3333-4333-8333-333333333333','Не удалось начать конференцию',639316296010000000);
INSERT INTO timeline_messages VALUES('AAAAAAAA-0000-4000-8000-000000000004','design','Ended','44444444-4444-4444-8444-444444444444','The conference has ended.',639316293000000000);
INSERT INTO webhook_deliveries VALUES(1,'AAAAAAAA-0000-4000-8000-000000000001','general','https://hooks.example/general','{"text":"*Alice* started a conference"}',639316296020000000,'Delivered',1,639316296020000000,NULL,NULL,639316296030000000,NULL);
INSERT INTO webhook_deliveries VALUES(2,'AAAAAAAA-0000-4000-8000-000000000002','general','https://hooks.example/general','{"text":"*Alice* shared a conference"}',639316297200000000,'Pending',2,639316298400000000,NULL,NULL,NULL,'503 Service Unavailable');
INSERT INTO rooms VALUES('design','acme','Design',NULL,639316296000000000,'[{"Email":"alice@acme.example","Name":"Alice","UserId":"alice"},{"Email":"bob@acme.example","Name":"Bob","UserId":"bob"}]');
INSERT INTO rooms VALUES('general','acme','General','https://hooks.example/general',639316296000000000,'[{"Email":"alice@acme.example","Name":"Alice","UserId":"alice"},{"Email":"bob@acme.example","Name":"Bob","UserId":"bob"},{"Email":"carol@gmail.example","Name":"Carol","UserId":"carol"}]');
INSERT INTO rooms VALUES('tsekh','zavod','Цех',NULL,639316296000000000,'[{"Email":"ivan@zavod.example","Name":"\u0418\u0432\u0430\u043D","UserId":"ivan"}]');
INSERT INTO conferences VALUES('11111111-1111-4111-8111-111111111111','acme','general','google-hangout','Weekly sync','alice','Alice','alice@acme.example','Started','https://meet.google.com/abc-defg-hij','abc-defg-hij','+1 555-010-0199','123456789','tel:+15550100199,,123456789%23','https://tel.meet/abc-defg-hij?pin=123','acme.example',NULL,NULL,0,639316296000000000,639316296020000000,NULL,NULL,NULL,NULL,639316296000000000,'[{"Email":"carol@gmail.example","Name":"Carol","UserId":"carol"}]');
INSERT INTO conferences VALUES('22222222-2222-4222-8222-222222222222','acme','design','uberconference',NULL,'bob','Bob','bob@acme.example','Starting',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,639316296600000000,NULL,NULL,NULL,NULL,NULL,639316297800000000,'[]');
INSERT INTO conferences VALUES('33333333-3333-4333-8333-333333333333','zavod','tsekh','google-hangout','Планёрка','ivan','Иван','ivan@zavod.example','Failed',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'not-configured','Google Meet is not set up.',0,639316296000000000,NULL,639316296010000000,NULL,NULL,NULL,639316296000000000,'[]');
INSERT INTO conferences VALUES('44444444-4444-4444-8444-444444444444','acme','design','uberconference','Design review','alice','Alice','alice@acme.example','Ended','https://meetings.dialpad.com/acme/alice',NULL,'+1 555 010 0199','123456','tel:+15550100199,,123456%23',NULL,NULL,NULL,NULL,0,639316278000000000,639316278000000000,NULL,639316293000000000,'alice','Alice',639316278000000000,'[]');
INSERT INTO conference_shares VALUES('11111111-1111-4111-8111-111111111111','design','alice','Alice','general',639316297200000000,'[]');
INSERT INTO schema_fingerprint VALUES('1f3374fd58103850');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('webhook_deliveries',2);
