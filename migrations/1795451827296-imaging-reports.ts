import { MigrationInterface, QueryRunner } from 'typeorm';

export class ImagingReports1795451827296 implements MigrationInterface {
  name = 'ImagingReports1795451827296';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Hand-edited: TypeORM emitted CREATE TYPE response_criteria twice (imaging_reports.criteria and
    // report_responses.criteria share it), and DROP TYPE twice in down(); each is kept once.
    await queryRunner.query(`CREATE TYPE "public"."response_criteria" AS ENUM('RECIST_1_1', 'MRECIST', 'PERCIST', 'RANO', 'NONE')`);
    await queryRunner.query(`CREATE TYPE "public"."imaging_report_status" AS ENUM('DRAFT', 'FINAL', 'AMENDED')`);
    await queryRunner.query(`CREATE TYPE "public"."non_target_response" AS ENUM('CR', 'NON_CR_NON_PD', 'PD', 'NE', 'NONE')`);
    await queryRunner.query(`CREATE TYPE "public"."new_lesion_finding" AS ENUM('NO', 'YES', 'EQUIVOCAL')`);
    await queryRunner.query(`CREATE TABLE "imaging_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "modality" "public"."imaging_modality" NOT NULL, "study_date" date NOT NULL, "accession_number" character varying(64), "body_region" character varying(100) NOT NULL, "findings" text NOT NULL DEFAULT '', "impression" text NOT NULL DEFAULT '', "criteria" "public"."response_criteria" NOT NULL DEFAULT 'NONE', "status" "public"."imaging_report_status" NOT NULL DEFAULT 'DRAFT', "is_baseline" boolean NOT NULL DEFAULT false, "non_target_response" "public"."non_target_response", "new_lesion" "public"."new_lesion_finding" NOT NULL DEFAULT 'NO', "clear_non_measurable_progression" boolean NOT NULL DEFAULT false, "steroids_above_physiologic" boolean NOT NULL DEFAULT false, "uptake_normalized" boolean NOT NULL DEFAULT false, "author_id" uuid NOT NULL, "finalised_at" TIMESTAMP WITH TIME ZONE, "baseline_messages" jsonb, "amends_report_id" uuid, "amendment_reason" text, "superseded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_f28897840a1d0bf2ba5caf488f9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "imaging_reports_accession_key" ON "imaging_reports"  ("case_id", "accession_number") WHERE "amends_report_id" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "imaging_reports_one_baseline_key" ON "imaging_reports"  ("case_id", "criteria") WHERE "is_baseline" AND "superseded_by_id" IS NULL`);
    await queryRunner.query(`CREATE INDEX "imaging_reports_status_idx" ON "imaging_reports"  ("status", "study_date") `);
    await queryRunner.query(`CREATE INDEX "imaging_reports_case_idx" ON "imaging_reports"  ("case_id", "study_date") `);
    await queryRunner.query(`CREATE TABLE "tracked_lesions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "label" character varying(100) NOT NULL, "organ" character varying(100) NOT NULL, "nodal" boolean NOT NULL DEFAULT false, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b85ec8468a92f6416851b4949b7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "tracked_lesions_case_label_key" ON "tracked_lesions"  ("case_id", "label") `);
    await queryRunner.query(`CREATE TYPE "public"."lesion_role" AS ENUM('TARGET', 'NON_TARGET', 'NEW')`);
    await queryRunner.query(`CREATE TABLE "lesion_measurements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "lesion_id" uuid NOT NULL, "role" "public"."lesion_role" NOT NULL, "position" smallint NOT NULL, "long_axis_mm" numeric(7,2), "short_axis_mm" numeric(7,2), "viable_diameter_mm" numeric(7,2), "perpendicular_mm" numeric(7,2), "suv_peak" numeric(7,2), "too_small_to_measure" boolean NOT NULL DEFAULT false, "not_measured" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_a6e9ad6a1e0439b7aee804bfd99" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "lesion_measurements_lesion_idx" ON "lesion_measurements"  ("lesion_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "lesion_measurements_report_lesion_key" ON "lesion_measurements"  ("report_id", "lesion_id") `);
    await queryRunner.query(`CREATE TABLE "report_responses" ("report_id" uuid NOT NULL, "criteria" "public"."response_criteria" NOT NULL, "rule" character varying(40) NOT NULL, "inputs" jsonb NOT NULL, "result" jsonb NOT NULL, "source" text NOT NULL, "baseline_report_id" uuid NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e44558ba592a6d1aa21a4d0e4b8" PRIMARY KEY ("report_id"))`);
    await queryRunner.query(`ALTER TABLE "imaging_reports" ADD CONSTRAINT "FK_a958af15c329e67321763a90f6a" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "imaging_reports" ADD CONSTRAINT "FK_072602ae632c925179f01d00caa" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "imaging_reports" ADD CONSTRAINT "FK_babd8d2baf55273ff9983bc983d" FOREIGN KEY ("amends_report_id") REFERENCES "imaging_reports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "imaging_reports" ADD CONSTRAINT "FK_ca99da557c2eb1cfcd1c1a9c4d4" FOREIGN KEY ("superseded_by_id") REFERENCES "imaging_reports"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tracked_lesions" ADD CONSTRAINT "FK_d35c040e270eed86bd0c6db284d" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lesion_measurements" ADD CONSTRAINT "FK_b60eb28458d03550d30bf127215" FOREIGN KEY ("report_id") REFERENCES "imaging_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lesion_measurements" ADD CONSTRAINT "FK_e89adb51035f1f28e3f8028c187" FOREIGN KEY ("lesion_id") REFERENCES "tracked_lesions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report_responses" ADD CONSTRAINT "FK_e44558ba592a6d1aa21a4d0e4b8" FOREIGN KEY ("report_id") REFERENCES "imaging_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report_responses" DROP CONSTRAINT "FK_e44558ba592a6d1aa21a4d0e4b8"`);
    await queryRunner.query(`ALTER TABLE "lesion_measurements" DROP CONSTRAINT "FK_e89adb51035f1f28e3f8028c187"`);
    await queryRunner.query(`ALTER TABLE "lesion_measurements" DROP CONSTRAINT "FK_b60eb28458d03550d30bf127215"`);
    await queryRunner.query(`ALTER TABLE "tracked_lesions" DROP CONSTRAINT "FK_d35c040e270eed86bd0c6db284d"`);
    await queryRunner.query(`ALTER TABLE "imaging_reports" DROP CONSTRAINT "FK_ca99da557c2eb1cfcd1c1a9c4d4"`);
    await queryRunner.query(`ALTER TABLE "imaging_reports" DROP CONSTRAINT "FK_babd8d2baf55273ff9983bc983d"`);
    await queryRunner.query(`ALTER TABLE "imaging_reports" DROP CONSTRAINT "FK_072602ae632c925179f01d00caa"`);
    await queryRunner.query(`ALTER TABLE "imaging_reports" DROP CONSTRAINT "FK_a958af15c329e67321763a90f6a"`);
    await queryRunner.query(`DROP TABLE "report_responses"`);
    await queryRunner.query(`DROP INDEX "public"."lesion_measurements_report_lesion_key"`);
    await queryRunner.query(`DROP INDEX "public"."lesion_measurements_lesion_idx"`);
    await queryRunner.query(`DROP TABLE "lesion_measurements"`);
    await queryRunner.query(`DROP TYPE "public"."lesion_role"`);
    await queryRunner.query(`DROP INDEX "public"."tracked_lesions_case_label_key"`);
    await queryRunner.query(`DROP TABLE "tracked_lesions"`);
    await queryRunner.query(`DROP INDEX "public"."imaging_reports_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."imaging_reports_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."imaging_reports_one_baseline_key"`);
    await queryRunner.query(`DROP INDEX "public"."imaging_reports_accession_key"`);
    await queryRunner.query(`DROP TABLE "imaging_reports"`);
    await queryRunner.query(`DROP TYPE "public"."new_lesion_finding"`);
    await queryRunner.query(`DROP TYPE "public"."non_target_response"`);
    await queryRunner.query(`DROP TYPE "public"."imaging_report_status"`);
    await queryRunner.query(`DROP TYPE "public"."response_criteria"`);
  }
}
