import { MigrationInterface, QueryRunner } from 'typeorm';

export class PharmacistReviews1795451791535 implements MigrationInterface {
  name = 'PharmacistReviews1795451791535';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."pharmacist_review_status" AS ENUM('OPEN', 'SIGNED', 'SUPERSEDED')`);
    await queryRunner.query(`CREATE TYPE "public"."contrast_clearance" AS ENUM('CLEARED', 'CLEARED_WITH_PRECAUTIONS', 'NOT_CLEARED', 'NOT_APPLICABLE')`);
    await queryRunner.query(`CREATE TABLE "pharmacist_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "status" "public"."pharmacist_review_status" NOT NULL DEFAULT 'OPEN', "opened_by" uuid NOT NULL, "review_date" date NOT NULL, "computed" jsonb NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "computed_clearance" "public"."contrast_clearance", "contrast_clearance" "public"."contrast_clearance", "clearance_note" text, "clearance_set_by" uuid, "signed_by" uuid, "signed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_f4a193e80f3d54b87308d2564dc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "pharmacist_reviews_one_open_per_case" ON "pharmacist_reviews"  ("case_id") WHERE "status" = 'OPEN'`);
    await queryRunner.query(`CREATE INDEX "pharmacist_reviews_case_idx" ON "pharmacist_reviews"  ("case_id", "status") `);
    await queryRunner.query(`CREATE TYPE "public"."review_finding_origin" AS ENUM('AUTOMATIC', 'MANUAL')`);
    await queryRunner.query(`CREATE TYPE "public"."review_finding_kind" AS ENUM('INTERACTION', 'RENAL_DOSE', 'CONTRAST_SAFETY', 'ALLERGY', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."review_finding_severity" AS ENUM('INFO', 'WARNING', 'CRITICAL')`);
    await queryRunner.query(`CREATE TYPE "public"."review_finding_decision" AS ENUM('PENDING', 'ACCEPTED', 'DISMISSED')`);
    await queryRunner.query(`CREATE TABLE "review_findings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "origin" "public"."review_finding_origin" NOT NULL, "kind" "public"."review_finding_kind" NOT NULL, "code" character varying(80) NOT NULL, "severity" "public"."review_finding_severity" NOT NULL, "rule_severity" character varying(30), "message" text NOT NULL, "recommendation" text, "source" text, "basis" jsonb, "fingerprint" character varying(300), "decision" "public"."review_finding_decision" NOT NULL DEFAULT 'PENDING', "decision_reason" text, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ce33041614c2d7ae439ea7f2b53" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "review_findings_fingerprint_key" ON "review_findings"  ("review_id", "fingerprint") WHERE "fingerprint" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "review_findings_review_idx" ON "review_findings"  ("review_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "pharmacist_reviews" ADD CONSTRAINT "FK_762b2600ceac5ea505d78ee1907" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_findings" ADD CONSTRAINT "FK_00280aab11ea3e8acaaf3fa6749" FOREIGN KEY ("review_id") REFERENCES "pharmacist_reviews"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_findings" DROP CONSTRAINT "FK_00280aab11ea3e8acaaf3fa6749"`);
    await queryRunner.query(`ALTER TABLE "pharmacist_reviews" DROP CONSTRAINT "FK_762b2600ceac5ea505d78ee1907"`);
    await queryRunner.query(`DROP INDEX "public"."review_findings_review_idx"`);
    await queryRunner.query(`DROP INDEX "public"."review_findings_fingerprint_key"`);
    await queryRunner.query(`DROP TABLE "review_findings"`);
    await queryRunner.query(`DROP TYPE "public"."review_finding_decision"`);
    await queryRunner.query(`DROP TYPE "public"."review_finding_severity"`);
    await queryRunner.query(`DROP TYPE "public"."review_finding_kind"`);
    await queryRunner.query(`DROP TYPE "public"."review_finding_origin"`);
    await queryRunner.query(`DROP INDEX "public"."pharmacist_reviews_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."pharmacist_reviews_one_open_per_case"`);
    await queryRunner.query(`DROP TABLE "pharmacist_reviews"`);
    await queryRunner.query(`DROP TYPE "public"."contrast_clearance"`);
    await queryRunner.query(`DROP TYPE "public"."pharmacist_review_status"`);
  }
}
