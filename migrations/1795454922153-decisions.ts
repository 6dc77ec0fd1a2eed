import { MigrationInterface, QueryRunner } from 'typeorm';

export class Decisions1795454922153 implements MigrationInterface {
  name = 'Decisions1795454922153';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Read after generation: no duplicate CREATE TYPE this time (follow_ups reuses the existing
    // imaging_modality and response_criteria types; each new type has one column).
    await queryRunner.query(`CREATE TYPE "public"."decision_status" AS ENUM('DRAFT', 'PROPOSED', 'SIGNED', 'SUPERSEDED')`);
    await queryRunner.query(`CREATE TYPE "public"."decision_recommendation" AS ENUM('START_SYSTEMIC_THERAPY', 'CONTINUE_SYSTEMIC_THERAPY', 'ESCALATE_SYSTEMIC_THERAPY', 'DE_ESCALATE_SYSTEMIC_THERAPY', 'SWITCH_SYSTEMIC_THERAPY', 'STOP_SYSTEMIC_THERAPY', 'SURGERY', 'RADIOTHERAPY', 'INTERVENTIONAL_RADIOLOGY', 'CLINICAL_TRIAL', 'BEST_SUPPORTIVE_CARE', 'FURTHER_INVESTIGATION')`);
    await queryRunner.query(`CREATE TYPE "public"."interventional_procedure" AS ENUM('TACE', 'TARE', 'ABLATION', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."treatment_intent" AS ENUM('CURATIVE', 'PALLIATIVE', 'UNCERTAIN')`);
    await queryRunner.query(`CREATE TABLE "decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "revision" integer NOT NULL DEFAULT '1', "amends_decision_id" uuid, "status" "public"."decision_status" NOT NULL DEFAULT 'DRAFT', "recommendation" "public"."decision_recommendation" NOT NULL, "interventional_procedure" "public"."interventional_procedure", "recommendation_text" text NOT NULL DEFAULT '', "intent" "public"."treatment_intent" NOT NULL, "rationale" text NOT NULL, "dissent_notes" text, "follow_up_plan" jsonb NOT NULL DEFAULT '[]', "amendment_reason" text, "evidence" jsonb, "meeting_id" uuid, "roles_present" jsonb, "quorate" boolean, "created_by" uuid NOT NULL, "proposed_by" uuid, "proposed_at" TIMESTAMP WITH TIME ZONE, "signed_by" uuid, "signed_by_name" character varying(200), "signed_at" TIMESTAMP WITH TIME ZONE, "superseded_by" uuid, "superseded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_48eee6fa229cd5e43648f6a2ec3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "decisions_proposed_idx" ON "decisions"  ("status", "proposed_at") `);
    await queryRunner.query(`CREATE INDEX "decisions_case_idx" ON "decisions"  ("case_id", "revision") `);
    await queryRunner.query(`CREATE TYPE "public"."follow_up_status" AS ENUM('SCHEDULED', 'REMINDED', 'DUE', 'OVERDUE', 'FULFILLED', 'CANCELLED')`);
    await queryRunner.query(`CREATE TABLE "follow_ups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "decision_id" uuid NOT NULL, "modality" "public"."imaging_modality" NOT NULL, "criteria" "public"."response_criteria" NOT NULL, "due_date" date NOT NULL, "reminder_lead_days" integer NOT NULL, "status" "public"."follow_up_status" NOT NULL DEFAULT 'SCHEDULED', "fulfilled_by_report_id" uuid, "cancel_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_d510aabdff2ec7fdc67a1092157" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "follow_ups_status_due_idx" ON "follow_ups"  ("status", "due_date") `);
    await queryRunner.query(`CREATE INDEX "follow_ups_decision_idx" ON "follow_ups"  ("decision_id") `);
    await queryRunner.query(`CREATE INDEX "follow_ups_case_idx" ON "follow_ups"  ("case_id") `);
    await queryRunner.query(`ALTER TABLE "decisions" ADD CONSTRAINT "FK_3b2233377205f3b08d671968a91" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD CONSTRAINT "FK_5510fb414fa4d5fb08e81415e36" FOREIGN KEY ("amends_decision_id") REFERENCES "decisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "follow_ups" ADD CONSTRAINT "FK_e1e0b837f09966486388cd9b94c" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "follow_ups" ADD CONSTRAINT "FK_f5f49e72a429a3f9c0cb24d2785" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Added by hand (not generated): a signed decision is immutable in the database too. The
    // only UPDATE of a SIGNED row is its move to SUPERSEDED (with superseded_by, superseded_at
    // and the bookkeeping columns version and updated_at); a SUPERSEDED row never changes; and
    // neither is ever deleted. Drafts and proposals stay freely editable.
    await queryRunner.query(`CREATE FUNCTION decisions_signed_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.status IN ('SIGNED', 'SUPERSEDED') THEN
            RAISE EXCEPTION 'decision % is %: a signed decision cannot be deleted', OLD.id, OLD.status USING ERRCODE = 'restrict_violation';
          END IF;
          RETURN OLD;
        END IF;
        IF OLD.status = 'SUPERSEDED' THEN
          RAISE EXCEPTION 'decision % is SUPERSEDED and cannot be changed', OLD.id USING ERRCODE = 'restrict_violation';
        END IF;
        IF OLD.status = 'SIGNED' AND (
          NEW.status <> 'SUPERSEDED' OR NEW.superseded_by IS NULL OR NEW.superseded_at IS NULL
          OR (to_jsonb(NEW) - ARRAY['status', 'superseded_by', 'superseded_at', 'version', 'updated_at'])
             IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['status', 'superseded_by', 'superseded_at', 'version', 'updated_at'])
        ) THEN
          RAISE EXCEPTION 'decision % is SIGNED: it cannot be changed, only superseded by a signed amendment', OLD.id USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER decisions_signed_immutable BEFORE UPDATE OR DELETE ON "decisions"
      FOR EACH ROW EXECUTE FUNCTION decisions_signed_immutable()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER decisions_signed_immutable ON "decisions"`);
    await queryRunner.query(`DROP FUNCTION decisions_signed_immutable()`);
    await queryRunner.query(`ALTER TABLE "follow_ups" DROP CONSTRAINT "FK_f5f49e72a429a3f9c0cb24d2785"`);
    await queryRunner.query(`ALTER TABLE "follow_ups" DROP CONSTRAINT "FK_e1e0b837f09966486388cd9b94c"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "FK_5510fb414fa4d5fb08e81415e36"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "FK_3b2233377205f3b08d671968a91"`);
    await queryRunner.query(`DROP INDEX "public"."follow_ups_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."follow_ups_decision_idx"`);
    await queryRunner.query(`DROP INDEX "public"."follow_ups_status_due_idx"`);
    await queryRunner.query(`DROP TABLE "follow_ups"`);
    await queryRunner.query(`DROP TYPE "public"."follow_up_status"`);
    await queryRunner.query(`DROP INDEX "public"."decisions_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."decisions_proposed_idx"`);
    await queryRunner.query(`DROP TABLE "decisions"`);
    await queryRunner.query(`DROP TYPE "public"."treatment_intent"`);
    await queryRunner.query(`DROP TYPE "public"."interventional_procedure"`);
    await queryRunner.query(`DROP TYPE "public"."decision_recommendation"`);
    await queryRunner.query(`DROP TYPE "public"."decision_status"`);
  }
}
