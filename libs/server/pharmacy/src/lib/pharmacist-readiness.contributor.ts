import type { CaseEntity, ReadinessContributor, ReadinessItem, TeamCaseSettings } from '@consilium/server-cases';
import { defaultTeamCaseSettings } from '@consilium/server-cases';
import type { DataSource } from 'typeorm';

export const PHARMACIST_REVIEW_READINESS_KEY = 'pharmacist-review';

/**
 * The readiness checklist line "pharmacist review signed", for teams that require it
 * (team_case_settings.require_pharmacist_review). One query for any number of cases.
 */
export class PharmacistReadinessContributor implements ReadinessContributor {
  readonly key = PHARMACIST_REVIEW_READINESS_KEY;

  constructor(private readonly dataSource: DataSource) {}

  async evaluate(cases: CaseEntity[], settings: Map<string, TeamCaseSettings>, _today: string): Promise<Map<string, ReadinessItem>> {
    const items = new Map<string, ReadinessItem>();
    const required = cases.filter((c) => (settings.get(c.teamId) ?? defaultTeamCaseSettings(c.teamId)).requirePharmacistReview);
    if (!required.length) return items;
    const rows: { case_id: string; signed_by_name: string | null; signed_on: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (case_id) case_id, signed_by_name, to_char(signed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS signed_on
         FROM pharmacist_reviews
        WHERE case_id = ANY($1::uuid[]) AND status = 'SIGNED'
        ORDER BY case_id, signed_at DESC`,
      [required.map((c) => c.id)],
    );
    const signed = new Map(rows.map((r) => [r.case_id, r]));
    for (const c of required) {
      const row = signed.get(c.id);
      items.set(c.id, {
        key: this.key,
        label: 'Pharmacist review signed',
        satisfied: Boolean(row),
        detail: row ? `Signed by ${row.signed_by_name ?? 'a pharmacist'} on ${row.signed_on}` : 'No signed pharmacist review',
      });
    }
    return items;
  }
}
