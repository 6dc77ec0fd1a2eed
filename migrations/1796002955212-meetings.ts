import { MigrationInterface, QueryRunner } from 'typeorm';

export class Meetings1796002955212 implements MigrationInterface {
  name = 'Meetings1796002955212';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."meeting_status" AS ENUM('SCHEDULED', 'LIVE', 'CLOSED')`);
    await queryRunner.query(`CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "team_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_minutes" integer NOT NULL, "chair_id" uuid NOT NULL, "video_link" character varying(2000), "status" "public"."meeting_status" NOT NULL DEFAULT 'SCHEDULED', "started_at" TIMESTAMP WITH TIME ZONE, "started_by" uuid, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by" uuid, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "meetings_team_starts_idx" ON "meetings"  ("team_id", "starts_at") `);
    await queryRunner.query(`CREATE TYPE "public"."agenda_item_status" AS ENUM('LISTED', 'PRESENTING', 'DISCUSSED', 'DEFERRED', 'NOT_REACHED')`);
    await queryRunner.query(`CREATE TYPE "public"."deferral_reason" AS ENUM('MISSING_IMAGING', 'MISSING_PATHOLOGY', 'MISSING_PHARMACIST_REVIEW', 'KEY_MEMBER_ABSENT', 'OUT_OF_TIME', 'OTHER')`);
    await queryRunner.query(`CREATE TABLE "meeting_agenda_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "case_id" uuid NOT NULL, "position" integer NOT NULL, "allocated_minutes" integer NOT NULL, "status" "public"."agenda_item_status" NOT NULL DEFAULT 'LISTED', "deferral_reason" "public"."deferral_reason", "deferral_note" text, "outcome_at" TIMESTAMP WITH TIME ZONE, "outcome_by" uuid, "presented_at" TIMESTAMP WITH TIME ZONE, "added_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_3280eed23ac5b58a23c8cf42ca0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "meeting_agenda_items_presenting_key" ON "meeting_agenda_items"  ("meeting_id") WHERE status = 'PRESENTING'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "meeting_agenda_items_open_case_key" ON "meeting_agenda_items"  ("case_id") WHERE status IN ('LISTED', 'PRESENTING')`);
    await queryRunner.query(`CREATE INDEX "meeting_agenda_items_case_idx" ON "meeting_agenda_items"  ("case_id") `);
    await queryRunner.query(`CREATE INDEX "meeting_agenda_items_meeting_idx" ON "meeting_agenda_items"  ("meeting_id", "position") `);
    await queryRunner.query(`CREATE TABLE "meeting_attendance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "user_id" uuid NOT NULL, "roles" "public"."user_role" array NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL, "left_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_1ece13054cdfcd65f8487e71267" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "meeting_attendance_open_key" ON "meeting_attendance"  ("meeting_id", "user_id") WHERE left_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "meeting_attendance_meeting_user_idx" ON "meeting_attendance"  ("meeting_id", "user_id") `);
    await queryRunner.query(`CREATE TABLE "team_quorum_rules" ("team_id" uuid NOT NULL, "minimums" jsonb NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_91db9f6a4483e6e78c2b405368f" PRIMARY KEY ("team_id"))`);
    await queryRunner.query(`CREATE TABLE "meeting_notes" ("agenda_item_id" uuid NOT NULL, "yjs_state" bytea, "text_snapshot" text NOT NULL DEFAULT '', "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_926cebfcbc0d653b8bff231da38" PRIMARY KEY ("agenda_item_id"))`);
    await queryRunner.query(`CREATE TYPE "public"."vote_choice" AS ENUM('AGREE', 'DISAGREE', 'ABSTAIN')`);
    await queryRunner.query(`CREATE TABLE "meeting_votes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "agenda_item_id" uuid NOT NULL, "decision_id" uuid, "voter_id" uuid NOT NULL, "choice" "public"."vote_choice" NOT NULL, "comment" text, "client_event_id" character varying(100) NOT NULL, "cast_at" TIMESTAMP WITH TIME ZONE NOT NULL, "superseded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e99884a25948f70f859e4856f62" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "meeting_votes_current_key" ON "meeting_votes"  ("agenda_item_id", "voter_id") WHERE superseded_at IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "meeting_votes_client_event_key" ON "meeting_votes"  ("client_event_id") `);
    await queryRunner.query(`ALTER TABLE "meetings" ADD CONSTRAINT "FK_7d3c090068fcb4fe1a946b9b7e8" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD CONSTRAINT "FK_aa875152f58813ace2546f72425" FOREIGN KEY ("chair_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_agenda_items" ADD CONSTRAINT "FK_16d1915521f397380a03b33cea0" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_agenda_items" ADD CONSTRAINT "FK_5309459f3258a3038905c16b2aa" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_attendance" ADD CONSTRAINT "FK_2bf53a2dc49796d33484ed1fe5c" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_attendance" ADD CONSTRAINT "FK_58f3823e0aed0b1076074be7267" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "team_quorum_rules" ADD CONSTRAINT "FK_91db9f6a4483e6e78c2b405368f" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_notes" ADD CONSTRAINT "FK_926cebfcbc0d653b8bff231da38" FOREIGN KEY ("agenda_item_id") REFERENCES "meeting_agenda_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_votes" ADD CONSTRAINT "FK_c11d75e00b34453ab41e022ea28" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_votes" ADD CONSTRAINT "FK_b7d6b568200dff4eddb4a2b1c8e" FOREIGN KEY ("agenda_item_id") REFERENCES "meeting_agenda_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_votes" ADD CONSTRAINT "FK_84ff45d4ea672c15bf6cbcc6b6d" FOREIGN KEY ("voter_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_votes" DROP CONSTRAINT "FK_84ff45d4ea672c15bf6cbcc6b6d"`);
    await queryRunner.query(`ALTER TABLE "meeting_votes" DROP CONSTRAINT "FK_b7d6b568200dff4eddb4a2b1c8e"`);
    await queryRunner.query(`ALTER TABLE "meeting_votes" DROP CONSTRAINT "FK_c11d75e00b34453ab41e022ea28"`);
    await queryRunner.query(`ALTER TABLE "meeting_notes" DROP CONSTRAINT "FK_926cebfcbc0d653b8bff231da38"`);
    await queryRunner.query(`ALTER TABLE "team_quorum_rules" DROP CONSTRAINT "FK_91db9f6a4483e6e78c2b405368f"`);
    await queryRunner.query(`ALTER TABLE "meeting_attendance" DROP CONSTRAINT "FK_58f3823e0aed0b1076074be7267"`);
    await queryRunner.query(`ALTER TABLE "meeting_attendance" DROP CONSTRAINT "FK_2bf53a2dc49796d33484ed1fe5c"`);
    await queryRunner.query(`ALTER TABLE "meeting_agenda_items" DROP CONSTRAINT "FK_5309459f3258a3038905c16b2aa"`);
    await queryRunner.query(`ALTER TABLE "meeting_agenda_items" DROP CONSTRAINT "FK_16d1915521f397380a03b33cea0"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_aa875152f58813ace2546f72425"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_7d3c090068fcb4fe1a946b9b7e8"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_votes_client_event_key"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_votes_current_key"`);
    await queryRunner.query(`DROP TABLE "meeting_votes"`);
    await queryRunner.query(`DROP TYPE "public"."vote_choice"`);
    await queryRunner.query(`DROP TABLE "meeting_notes"`);
    await queryRunner.query(`DROP TABLE "team_quorum_rules"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_attendance_meeting_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_attendance_open_key"`);
    await queryRunner.query(`DROP TABLE "meeting_attendance"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_agenda_items_meeting_idx"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_agenda_items_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_agenda_items_open_case_key"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_agenda_items_presenting_key"`);
    await queryRunner.query(`DROP TABLE "meeting_agenda_items"`);
    await queryRunner.query(`DROP TYPE "public"."deferral_reason"`);
    await queryRunner.query(`DROP TYPE "public"."agenda_item_status"`);
    await queryRunner.query(`DROP INDEX "public"."meetings_team_starts_idx"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_status"`);
  }
}
