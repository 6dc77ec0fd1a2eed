// A worker process killed with SIGKILL in the middle of a follow-up step: after a restart the
// step completes exactly once (one status change, one set of notifications, one audit event).
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@consilium/migrations';
import { seedDemoIdentity } from '@consilium/server-demo';
import { createTestDatabase, TEST_REDIS_URL, TestDatabase, waitFor } from '@consilium/server-testing';
import { FOLLOW_UPS_QUEUE, followUpJobId, FollowUpJobKind } from '@consilium/server-decisions';

const ROOT = join(__dirname, '..', '..');


describe('worker killed with SIGKILL mid-job', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let queue: Queue;
  const prefix = `e2e-worker-${process.pid}-${randomBytes(3).toString('hex')}`;
  const env = {
    PATH: process.env.PATH,
    NODE_ENV: 'test',
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: prefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    // A dead worker's job comes back after ~2 s instead of the default 30 s.
    QUEUE_LOCK_DURATION_MS: '2000',
    QUEUE_STALLED_INTERVAL_MS: '1000',
  };
  const workers: ChildProcess[] = [];

  function startWorker(): ChildProcess {
    const child = spawn(process.execPath, ['-r', './scripts/register.js', 'apps/worker/src/main.ts'], { cwd: ROOT, env: { ...env, DATABASE_URL: db.url }, stdio: 'ignore' });
    workers.push(child);
    return child;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(db.url)).initialize();
    await seedDemoIdentity(dataSource);
    const url = new URL(TEST_REDIS_URL);
    queue = new Queue(FOLLOW_UPS_QUEUE, { connection: { host: url.hostname, port: Number(url.port || 6379) }, prefix: `${prefix}:bull` });
  });
  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    await dataSource.destroy();
    await db.drop();
  });

  it('the job completes exactly once after a restart', async () => {
    // A follow-up due today with no reminder: its "due" step runs as soon as a worker starts.
    const [{ id: teamId }] = await dataSource.query(`SELECT id FROM teams WHERE name = 'Lung'`);
    const [{ id: physicianId }] = await dataSource.query(`SELECT id FROM users WHERE email = 'physician@consilium.test'`);
    const [patient] = await dataSource.query(`INSERT INTO patients (mrn, given_name, family_name, birth_date, sex) VALUES ('KILL-1', 'Alan', 'Turing', '1952-06-23', 'MALE') RETURNING id`);
    const [kase] = await dataSource.query(
      `INSERT INTO cases (patient_id, team_id, referral_date, referral_source, created_by, status) VALUES ($1, $2, CURRENT_DATE - 90, 'Clinic', $3, 'IN_FOLLOW_UP') RETURNING id`,
      [patient.id, teamId, physicianId],
    );
    const [decision] = await dataSource.query(
      `INSERT INTO decisions (case_id, status, recommendation, intent, rationale, created_by, signed_by, signed_at) VALUES ($1, 'SIGNED', 'CONTINUE_SYSTEMIC_THERAPY', 'PALLIATIVE', 'Stable', $2, $2, now() - interval '56 days') RETURNING id`,
      [kase.id, physicianId],
    );
    const [followUp] = await dataSource.query(
      `INSERT INTO follow_ups (case_id, decision_id, modality, criteria, due_date, reminder_lead_days) VALUES ($1, $2, 'CT', 'RECIST_1_1', (now() AT TIME ZONE 'UTC')::date, 0) RETURNING id`,
      [kase.id, decision.id],
    );
    const jobId = followUpJobId(followUp.id, 1, FollowUpJobKind.DUE);

    // Hold the row so the worker's claim waits inside its transaction: the job is mid-flight.
    const holder = new Client({ connectionString: db.url });
    holder.on('error', () => undefined); // ends with the test; errors surface through the queries
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM follow_ups WHERE id = $1 FOR UPDATE', [followUp.id]);

    const first = startWorker();
    await waitFor('the job to be active in worker 1', async () => (await queue.getJob(jobId))?.getState(), (s) => s === 'active', 60_000);
    await waitFor(
      "worker 1's claim to be waiting on the row lock",
      // Read outside the holder's transaction: pg_stat_activity is a snapshot for a transaction's life.
      async () => (await dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%UPDATE follow_ups%'`))[0].n,
      (n) => n === 1, 60_000);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    await holder.query('ROLLBACK');
    await holder.end();
    // The dead worker's open transaction never commits.
    await waitFor('the killed worker’s session to end', async () => (await dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE '%UPDATE follow_ups%' AND pid <> pg_backend_pid()`))[0].n, (n) => n === 0, 60_000);
    expect(await dataSource.query(`SELECT status::text AS status, version FROM follow_ups WHERE id = $1`, [followUp.id])).toEqual([{ status: 'SCHEDULED', version: 1 }]);

    startWorker();
    const job = await waitFor('the job to complete in worker 2', () => queue.getJob(jobId), (j) => Boolean(j?.finishedOn), 60_000);
    expect(job!.returnvalue).toEqual({ claimed: true, notified: 1 });
    expect(job!.failedReason).toBeFalsy();
    // Give any duplicate a chance to show itself before counting.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await dataSource.query(`SELECT status::text AS status, version FROM follow_ups WHERE id = $1`, [followUp.id])).toEqual([{ status: 'DUE', version: 2 }]);
    expect(await dataSource.query(`SELECT kind::text AS kind, count(*)::int AS n FROM notifications WHERE case_id = $1 GROUP BY kind`, [kase.id])).toEqual([{ kind: 'FOLLOW_UP_DUE', n: 1 }]);
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'follow_up.due'`, [followUp.id])).toEqual([{ n: 1 }]);
  });
});
