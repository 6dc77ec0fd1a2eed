import { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUpSchedulingAndNotifications1796002638881 implements MigrationInterface {
  name = 'FollowUpSchedulingAndNotifications1796002638881';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "team_follow_up_settings" ("team_id" uuid NOT NULL, "grace_days" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_33390e4e9f252c3f308d57410d4" PRIMARY KEY ("team_id"))`);
    await queryRunner.query(`CREATE TYPE "public"."notification_kind" AS ENUM('FOLLOW_UP_REMINDER', 'FOLLOW_UP_DUE', 'FOLLOW_UP_OVERDUE', 'FOLLOW_UP_FULFILLED')`);
    await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "case_id" uuid, "team_id" uuid, "dedupe_key" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_1ce34a3c9fd97cd56bcb734ca9e" UNIQUE ("dedupe_key"), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "notifications_user_unread_idx" ON "notifications"  ("user_id") WHERE read_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "notifications_user_created_idx" ON "notifications"  ("user_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "decisions" ADD "inquorate_reason" text`);
    await queryRunner.query(`ALTER TABLE "follow_ups" ADD "fulfilled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "follow_ups" ADD "schedule_revision" integer NOT NULL DEFAULT '1'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "follow_ups" DROP COLUMN "schedule_revision"`);
    await queryRunner.query(`ALTER TABLE "follow_ups" DROP COLUMN "fulfilled_at"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "inquorate_reason"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_user_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_user_unread_idx"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`DROP TABLE "team_follow_up_settings"`);
  }
}
