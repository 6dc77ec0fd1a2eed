import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * Clinical rows written with SQL, the way the cases room's own services will write them, so
 * the pharmacy tests do not depend on mutations owned by another room. Test-only.
 */
export class PharmacyFixtures {
  private mrn = 0;

  constructor(
    private readonly dataSource: DataSource,
    readonly userId: string,
  ) {}

  static async create(dataSource: DataSource): Promise<PharmacyFixtures> {
    const [user] = await dataSource.query(`SELECT id FROM users WHERE email = 'pharmacist@consilium.test'`);
    return new PharmacyFixtures(dataSource, user.id);
  }

  async teamId(name: string): Promise<string> {
    const [team] = await this.dataSource.query('SELECT id FROM teams WHERE name = $1', [name]);
    return team.id;
  }

  /** A team none of the demo users belongs to. */
  async foreignTeam(name: string): Promise<string> {
    const [team] = await this.dataSource.query('INSERT INTO teams (name) VALUES ($1) RETURNING id', [name]);
    return team.id;
  }

  async patient(sex: 'FEMALE' | 'MALE' | 'OTHER' | 'UNKNOWN', birthDate: string): Promise<string> {
    this.mrn += 1;
    const [row] = await this.dataSource.query(
      `INSERT INTO patients (mrn, given_name, family_name, birth_date, sex) VALUES ($1, 'Test', 'Patient', $2, $3) RETURNING id`,
      [`PH-${process.pid}-${this.mrn}-${randomUUID().slice(0, 8)}`, birthDate, sex],
    );
    return row.id;
  }

  async case(patientId: string, teamId: string, targetDiscussionDate: string | null = null): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO cases (patient_id, team_id, referral_date, referral_source, target_discussion_date, created_by)
       VALUES ($1, $2, '2026-11-01', 'GP', $3, $4) RETURNING id`,
      [patientId, teamId, targetDiscussionDate, this.userId],
    );
    return row.id;
  }

  async measure(patientId: string, kind: 'HEIGHT' | 'WEIGHT' | 'SERUM_CREATININE', value: number, measuredOn: string, unit?: string): Promise<void> {
    const defaultUnit = { HEIGHT: 'cm', WEIGHT: 'kg', SERUM_CREATININE: 'mg/dL' }[kind];
    await this.dataSource.query(
      `INSERT INTO clinical_measures (patient_id, kind, value, unit, normalized_value, measured_on, recorded_by) VALUES ($1, $2, $3, $4, $3, $5, $6)`,
      [patientId, kind, value, unit ?? defaultUnit, measuredOn, this.userId],
    );
  }

  async medication(patientId: string, drug: string): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO medication_statements (patient_id, drug, dose, route, frequency, start_date, recorded_by)
       VALUES ($1, $2, '1 tab', 'PO', 'BID', '2026-01-01', $3) RETURNING id`,
      [patientId, drug, this.userId],
    );
    return row.id;
  }

  async imagingRequest(caseId: string, agent: string, modality = 'CT', plannedDate = '2026-12-10'): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO imaging_requests (case_id, modality, body_region, contrast_agent, contrast_route, planned_date, requested_by)
       VALUES ($1, $2, 'chest-abdomen-pelvis', $3, 'IV', $4, $5) RETURNING id`,
      [caseId, modality, agent, plannedDate, this.userId],
    );
    return row.id;
  }

  /** A date `offset` days from today (UTC), so the tests do not depend on when they run. */
  static day(offset: number): string {
    return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  }

  /** A birth date that makes the patient exactly `years` old today (the birthday was 60 days ago). */
  static bornYearsAgo(years: number): string {
    const date = new Date();
    date.setUTCFullYear(date.getUTCFullYear() - years);
    date.setUTCDate(date.getUTCDate() - 60);
    return date.toISOString().slice(0, 10);
  }

  /** A patient of `ageYears` with height (21 days ago), weight (20 days ago) and creatinine (8 days ago). */
  async measuredPatient(sex: 'FEMALE' | 'MALE', ageYears: number, creatinine: number, weight = 70): Promise<string> {
    const patientId = await this.patient(sex, PharmacyFixtures.bornYearsAgo(ageYears));
    await this.measure(patientId, 'HEIGHT', 165, PharmacyFixtures.day(-21));
    await this.measure(patientId, 'WEIGHT', weight, PharmacyFixtures.day(-20));
    await this.measure(patientId, 'SERUM_CREATININE', creatinine, PharmacyFixtures.day(-8));
    return patientId;
  }
}
