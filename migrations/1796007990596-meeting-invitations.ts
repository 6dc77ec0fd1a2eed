import { MigrationInterface, QueryRunner } from 'typeorm';

export class MeetingInvitations1796007990596 implements MigrationInterface {
  name = 'MeetingInvitations1796007990596';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "meeting_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "invited_user_id" uuid NOT NULL, "invited_by" uuid NOT NULL, "role" "public"."user_role" NOT NULL, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by" uuid, CONSTRAINT "PK_bbe57a8225f88cd3cf38fbadcab" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "meeting_invitations_current_key" ON "meeting_invitations"  ("meeting_id", "invited_user_id") WHERE revoked_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "meeting_invitations_user_idx" ON "meeting_invitations"  ("invited_user_id") `);
    await queryRunner.query(`CREATE INDEX "meeting_invitations_meeting_idx" ON "meeting_invitations"  ("meeting_id") `);
    await queryRunner.query(`ALTER TABLE "meeting_invitations" ADD CONSTRAINT "FK_bb0a803db052890eba6818aa554" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_invitations" ADD CONSTRAINT "FK_52799e0bde37bc5526356785060" FOREIGN KEY ("invited_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_invitations" ADD CONSTRAINT "FK_4b38d52f2083febe767f5364af4" FOREIGN KEY ("invited_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_invitations" ADD CONSTRAINT "FK_3a1564b01d0b60435e9f5ba4603" FOREIGN KEY ("revoked_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_invitations" DROP CONSTRAINT "FK_3a1564b01d0b60435e9f5ba4603"`);
    await queryRunner.query(`ALTER TABLE "meeting_invitations" DROP CONSTRAINT "FK_4b38d52f2083febe767f5364af4"`);
    await queryRunner.query(`ALTER TABLE "meeting_invitations" DROP CONSTRAINT "FK_52799e0bde37bc5526356785060"`);
    await queryRunner.query(`ALTER TABLE "meeting_invitations" DROP CONSTRAINT "FK_bb0a803db052890eba6818aa554"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_invitations_meeting_idx"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_invitations_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_invitations_current_key"`);
    await queryRunner.query(`DROP TABLE "meeting_invitations"`);
  }
}
