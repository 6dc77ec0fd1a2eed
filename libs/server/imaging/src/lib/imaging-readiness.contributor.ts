import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CaseEntity, ReadinessContributor, ReadinessItem, TeamCaseSettings } from '@consilium/server-cases';
import { ImagingModality } from '@consilium/server-cases';

const MODALITY_LABEL: Record<ImagingModality, string> = {
  CT: 'CT',
  MRI: 'MRI',
  PET_CT: 'PET-CT',
  US: 'US',
  XRAY: 'X-ray',
};
const DEFAULT_MAX_AGE_DAYS = 56;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Readiness: the case has a FINAL (or AMENDED) imaging report no older than the team's limit. One query per batch. */
@Injectable()
export class ImagingReadinessContributor implements ReadinessContributor {
  readonly key = 'imaging';

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async evaluate(cases: CaseEntity[], settings: Map<string, TeamCaseSettings>, today: string): Promise<Map<string, ReadinessItem>> {
    const items = new Map<string, ReadinessItem>();
    if (cases.length === 0) return items;
    const rows: {
      case_id: string;
      modality: ImagingModality;
      study_date: string;
    }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (case_id) case_id, modality, study_date::text AS study_date
         FROM imaging_reports
        WHERE case_id = ANY($1::uuid[]) AND status IN ('FINAL', 'AMENDED') AND study_date <= $2::date
        ORDER BY case_id, study_date DESC`,
      [cases.map((c) => c.id), today],
    );
    const latest = new Map(rows.map((r) => [r.case_id, r]));
    for (const c of cases) {
      const maxAge = settings.get(c.teamId)?.imagingMaxAgeDays ?? DEFAULT_MAX_AGE_DAYS;
      const row = latest.get(c.id);
      const age = row ? daysBetween(row.study_date, today) : null;
      const satisfied = row !== undefined && age !== null && age <= maxAge;
      let detail = `No final imaging report in the last ${maxAge} days`;
      if (row && satisfied) detail = `Final ${MODALITY_LABEL[row.modality]} of ${row.study_date} (${age} days ago)`;
      else if (row) detail += ` (latest: ${MODALITY_LABEL[row.modality]} of ${row.study_date}, ${age} days ago)`;
      items.set(c.id, {
        key: this.key,
        label: 'Recent final imaging report',
        satisfied,
        detail,
      });
    }
    return items;
  }
}
