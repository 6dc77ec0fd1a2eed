import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '@consilium/server-core';
import { FOLLOW_UPS_QUEUE, FollowUpJobData } from '../scheduling/follow-up-jobs';

export const DAY_MS = 86_400_000;
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The follow-up queue as the app sees it (same Redis, same prefix). */
export function followUpQueue(api: { config: Pick<AppConfig, 'REDIS_URL' | 'REDIS_PREFIX'> }): Queue<FollowUpJobData> {
  const url = new URL(api.config.REDIS_URL);
  return new Queue<FollowUpJobData>(FOLLOW_UPS_QUEUE, { connection: { host: url.hostname, port: Number(url.port || 6379) }, prefix: `${api.config.REDIS_PREFIX}:bull` });
}

/** A Lung case already DISCUSSED (meetings produce that step; here SQL does). */
export async function discussedCase(dataSource: DataSource, tag: string): Promise<{ caseId: string; teamId: string }> {
  const [{ id: teamId }] = await dataSource.query(`SELECT id FROM teams WHERE name = 'Lung'`);
  const [{ id: coordinatorId }] = await dataSource.query(`SELECT id FROM users WHERE email = 'coordinator@consilium.test'`);
  const [patient] = await dataSource.query(
    `INSERT INTO patients (mrn, given_name, family_name, birth_date, sex) VALUES ($1, 'Ada', 'Lovelace', '1955-12-10', 'FEMALE') RETURNING id`,
    [`FU-${tag}`],
  );
  const [row] = await dataSource.query(
    `INSERT INTO cases (patient_id, team_id, referral_date, referral_source, created_by, status) VALUES ($1, $2, CURRENT_DATE - 200, 'Oncology clinic', $3, 'DISCUSSED') RETURNING id`,
    [patient.id, teamId, coordinatorId],
  );
  return { caseId: row.id, teamId };
}

/** Many pending follow-ups of one signed decision, written with SQL (the fast way to 1,000). */
export async function insertPendingFollowUps(dataSource: DataSource, caseId: string, count: number, firstDue: Date): Promise<string[]> {
  const [{ id: physicianId }] = await dataSource.query(`SELECT id FROM users WHERE email = 'physician@consilium.test'`);
  const [decision] = await dataSource.query(
    `INSERT INTO decisions (case_id, status, recommendation, intent, rationale, follow_up_plan, created_by, signed_by, signed_at, evidence)
     VALUES ($1, 'SIGNED', 'CONTINUE_SYSTEMIC_THERAPY', 'PALLIATIVE', 'Stable disease', '[]', $2, $2, now(), '{"imagingReports":[],"pharmacistReviews":[]}') RETURNING id`,
    [caseId, physicianId],
  );
  const rows: { id: string }[] = await dataSource.query(
    `INSERT INTO follow_ups (case_id, decision_id, modality, criteria, due_date, reminder_lead_days, status)
     SELECT $1, $2, 'CT', 'RECIST_1_1', $3::date + (g % 120), g % 8,
            (ARRAY['SCHEDULED','SCHEDULED','REMINDED','DUE'])[1 + g % 4]::follow_up_status
       FROM generate_series(1, $4::int) AS g
     RETURNING id`,
    [caseId, decision.id, isoDay(firstDue), count],
  );
  return rows.map((r) => r.id);
}
