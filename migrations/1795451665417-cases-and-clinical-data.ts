import { MigrationInterface, QueryRunner } from 'typeorm';

export class CasesAndClinicalData1795451665417 implements MigrationInterface {
  name = 'CasesAndClinicalData1795451665417';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Hand-edited: TypeORM emitted CREATE TYPE case_status twice (cases.status and case_events share it).
    await queryRunner.query(`CREATE TYPE "public"."patient_sex" AS ENUM('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')`);
    await queryRunner.query(`CREATE TABLE "patients" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mrn" character varying(40) NOT NULL, "given_name" character varying(100) NOT NULL, "family_name" character varying(100) NOT NULL, "birth_date" date NOT NULL, "sex" "public"."patient_sex" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_a7f0b9fcbb3469d5ec0b0aceaa7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "patients_mrn_key" ON "patients"  ("mrn") `);
    await queryRunner.query(`CREATE TYPE "public"."case_priority" AS ENUM('ROUTINE', 'URGENT')`);
    await queryRunner.query(`CREATE TYPE "public"."case_status" AS ENUM('REFERRED', 'TRIAGED', 'READY', 'LISTED', 'DISCUSSED', 'DECISION_SIGNED', 'IN_FOLLOW_UP', 'CLOSED', 'DEFERRED', 'WITHDRAWN')`);
    await queryRunner.query(`CREATE TABLE "cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "patient_id" uuid NOT NULL, "team_id" uuid NOT NULL, "referral_date" date NOT NULL, "referral_source" character varying(200) NOT NULL, "question" text, "clinical_summary" text, "diagnosis_code" character varying(20), "diagnosis_text" character varying(300), "tnm" jsonb, "ecog" smallint, "priority" "public"."case_priority" NOT NULL DEFAULT 'ROUTINE', "status" "public"."case_status" NOT NULL DEFAULT 'REFERRED', "target_discussion_date" date, "readiness_override_reason" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "cases_patient_idx" ON "cases"  ("patient_id") `);
    await queryRunner.query(`CREATE INDEX "cases_team_status_idx" ON "cases"  ("team_id", "status", "created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."measure_kind" AS ENUM('HEIGHT', 'WEIGHT', 'SERUM_CREATININE')`);
    await queryRunner.query(`CREATE TABLE "clinical_measures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "patient_id" uuid NOT NULL, "kind" "public"."measure_kind" NOT NULL, "value" numeric(10,3) NOT NULL, "unit" character varying(12) NOT NULL, "normalized_value" numeric(10,4) NOT NULL, "measured_on" date NOT NULL, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8d68dda03f85e4ec8f3cc21c934" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "clinical_measures_patient_kind_idx" ON "clinical_measures"  ("patient_id", "kind", "measured_on") `);
    await queryRunner.query(`CREATE TABLE "patient_renal_status" ("patient_id" uuid NOT NULL, "aki" boolean NOT NULL DEFAULT false, "on_dialysis" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5a73fc77175090cd73837b50929" PRIMARY KEY ("patient_id"))`);
    await queryRunner.query(`CREATE TYPE "public"."reaction_severity" AS ENUM('MILD', 'MODERATE', 'SEVERE')`);
    await queryRunner.query(`CREATE TABLE "allergies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "patient_id" uuid NOT NULL, "substance" character varying(200) NOT NULL, "reaction" character varying(300), "severity" "public"."reaction_severity" NOT NULL, "contrast_reaction" boolean NOT NULL DEFAULT false, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f72e0cf363a832b8fa8cf657118" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "allergies_patient_idx" ON "allergies"  ("patient_id") `);
    await queryRunner.query(`CREATE TABLE "medication_statements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "patient_id" uuid NOT NULL, "drug" character varying(120) NOT NULL, "dose" character varying(80), "route" character varying(40), "frequency" character varying(80), "start_date" date, "stop_date" date, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_49c6df63de8628d3e2116f7a54b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "medication_statements_patient_idx" ON "medication_statements"  ("patient_id") `);
    await queryRunner.query(`CREATE TABLE "team_case_settings" ("team_id" uuid NOT NULL, "imaging_max_age_days" integer NOT NULL DEFAULT '56', "require_pharmacist_review" boolean NOT NULL DEFAULT true, "require_clinical_summary" boolean NOT NULL DEFAULT true, "require_question" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_d1f5a85e3291fd67a2e44ab434f" PRIMARY KEY ("team_id"))`);
    await queryRunner.query(`CREATE TABLE "case_events" ("id" BIGSERIAL NOT NULL, "case_id" uuid NOT NULL, "from_status" "public"."case_status", "to_status" "public"."case_status" NOT NULL, "actor_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" text, CONSTRAINT "PK_61f203ee26b76c6438bbcc7bde6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "case_events_case_idx" ON "case_events"  ("case_id", "occurred_at") `);
    await queryRunner.query(`CREATE TYPE "public"."imaging_modality" AS ENUM('CT', 'MRI', 'PET_CT', 'US', 'XRAY')`);
    await queryRunner.query(`CREATE TYPE "public"."contrast_agent" AS ENUM('NONE', 'IODINATED', 'GBCA_GROUP_I', 'GBCA_GROUP_II', 'GBCA_GROUP_III')`);
    await queryRunner.query(`CREATE TYPE "public"."contrast_route" AS ENUM('IV', 'INTRA_ARTERIAL_RENAL_FIRST_PASS', 'INTRA_ARTERIAL_OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."imaging_request_status" AS ENUM('REQUESTED', 'PERFORMED', 'CANCELLED')`);
    await queryRunner.query(`CREATE TABLE "imaging_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "modality" "public"."imaging_modality" NOT NULL, "body_region" character varying(100) NOT NULL, "contrast_agent" "public"."contrast_agent" NOT NULL DEFAULT 'NONE', "contrast_route" "public"."contrast_route", "planned_date" date NOT NULL, "status" "public"."imaging_request_status" NOT NULL DEFAULT 'REQUESTED', "requested_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_1107189e4c0986cf5bef9e4d2fa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "imaging_requests_case_idx" ON "imaging_requests"  ("case_id") `);
    await queryRunner.query(`ALTER TABLE "cases" ADD CONSTRAINT "FK_8c29bbd52f57311cd8c1f832076" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cases" ADD CONSTRAINT "FK_0bce677a6cc241748fe921545c3" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "clinical_measures" ADD CONSTRAINT "FK_4387e837fb9540f252a5537ccf2" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "patient_renal_status" ADD CONSTRAINT "FK_5a73fc77175090cd73837b50929" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "allergies" ADD CONSTRAINT "FK_826fad2bea2e6a6f835fe70b1ed" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "medication_statements" ADD CONSTRAINT "FK_9b07c64530aaed6f1bf33a0cc13" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "team_case_settings" ADD CONSTRAINT "FK_d1f5a85e3291fd67a2e44ab434f" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_events" ADD CONSTRAINT "FK_259dbf949114e25670ac6cad205" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "imaging_requests" ADD CONSTRAINT "FK_17e512fc6716650aa3e98a2ffc0" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "imaging_requests" DROP CONSTRAINT "FK_17e512fc6716650aa3e98a2ffc0"`);
    await queryRunner.query(`ALTER TABLE "case_events" DROP CONSTRAINT "FK_259dbf949114e25670ac6cad205"`);
    await queryRunner.query(`ALTER TABLE "team_case_settings" DROP CONSTRAINT "FK_d1f5a85e3291fd67a2e44ab434f"`);
    await queryRunner.query(`ALTER TABLE "medication_statements" DROP CONSTRAINT "FK_9b07c64530aaed6f1bf33a0cc13"`);
    await queryRunner.query(`ALTER TABLE "allergies" DROP CONSTRAINT "FK_826fad2bea2e6a6f835fe70b1ed"`);
    await queryRunner.query(`ALTER TABLE "patient_renal_status" DROP CONSTRAINT "FK_5a73fc77175090cd73837b50929"`);
    await queryRunner.query(`ALTER TABLE "clinical_measures" DROP CONSTRAINT "FK_4387e837fb9540f252a5537ccf2"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_0bce677a6cc241748fe921545c3"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_8c29bbd52f57311cd8c1f832076"`);
    await queryRunner.query(`DROP INDEX "public"."imaging_requests_case_idx"`);
    await queryRunner.query(`DROP TABLE "imaging_requests"`);
    await queryRunner.query(`DROP TYPE "public"."imaging_request_status"`);
    await queryRunner.query(`DROP TYPE "public"."contrast_route"`);
    await queryRunner.query(`DROP TYPE "public"."contrast_agent"`);
    await queryRunner.query(`DROP TYPE "public"."imaging_modality"`);
    await queryRunner.query(`DROP INDEX "public"."case_events_case_idx"`);
    await queryRunner.query(`DROP TABLE "case_events"`);
    await queryRunner.query(`DROP TABLE "team_case_settings"`);
    await queryRunner.query(`DROP INDEX "public"."medication_statements_patient_idx"`);
    await queryRunner.query(`DROP TABLE "medication_statements"`);
    await queryRunner.query(`DROP INDEX "public"."allergies_patient_idx"`);
    await queryRunner.query(`DROP TABLE "allergies"`);
    await queryRunner.query(`DROP TYPE "public"."reaction_severity"`);
    await queryRunner.query(`DROP TABLE "patient_renal_status"`);
    await queryRunner.query(`DROP INDEX "public"."clinical_measures_patient_kind_idx"`);
    await queryRunner.query(`DROP TABLE "clinical_measures"`);
    await queryRunner.query(`DROP TYPE "public"."measure_kind"`);
    await queryRunner.query(`DROP INDEX "public"."cases_team_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."cases_patient_idx"`);
    await queryRunner.query(`DROP TABLE "cases"`);
    await queryRunner.query(`DROP TYPE "public"."case_status"`);
    await queryRunner.query(`DROP TYPE "public"."case_priority"`);
    await queryRunner.query(`DROP INDEX "public"."patients_mrn_key"`);
    await queryRunner.query(`DROP TABLE "patients"`);
    await queryRunner.query(`DROP TYPE "public"."patient_sex"`);
  }
}
