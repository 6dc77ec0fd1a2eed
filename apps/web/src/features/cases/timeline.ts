// The case timeline: imaging, pharmacist reviews, decisions, follow-ups and status steps,
// newest first.
import type { CasePageQuery } from '../../gql/graphql';
import { humanize } from '../../shared/format';

type CaseData = CasePageQuery['case'];

export type TimelineKind = 'imaging' | 'review' | 'decision' | 'follow-up' | 'status';

export interface TimelineEntry {
  key: string;
  kind: TimelineKind;
  /** YYYY-MM-DD or an ISO date-time. */
  date: string;
  title: string;
  detail?: string;
  href?: string;
}

const sortKey = (date: string) => (date.length === 10 ? `${date}T00:00:00.000Z` : new Date(date).toISOString());

const CRITERIA: Record<string, string> = { RECIST_1_1: 'RECIST 1.1', MRECIST: 'mRECIST', RANO: 'RANO 2.0', PERCIST: 'PERCIST 1.0', NONE: '' };

export function buildTimeline(c: CaseData): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const r of c.imagingReports) {
    const criteria = CRITERIA[r.criteria] ?? '';
    entries.push({
      key: `imaging:${r.id}`,
      kind: 'imaging',
      date: r.studyDate,
      title: `${r.modality} ${r.bodyRegion}${r.isBaseline ? ' (baseline)' : ''}`,
      detail: [humanize(r.status), criteria, r.response ? `response ${r.response.category}` : ''].filter(Boolean).join(' · '),
      href: `/reports/${r.id}`,
    });
  }
  for (const review of c.pharmacistReviews) {
    entries.push({
      key: `review:${review.id}`,
      kind: 'review',
      date: review.signedAt ?? review.reviewDate,
      title: review.signedAt ? `Pharmacist review signed${review.signedByName ? ` by ${review.signedByName}` : ''}` : 'Pharmacist review opened',
      detail: humanize(review.status),
      href: `/reviews/${review.id}`,
    });
  }
  for (const d of c.decisions) {
    const when = d.signedAt ?? d.proposedAt ?? d.createdAt;
    const verb = d.signedAt ? `signed${d.signedByName ? ` by ${d.signedByName}` : ''}` : d.proposedAt ? 'proposed' : 'drafted';
    entries.push({
      key: `decision:${d.id}`,
      kind: 'decision',
      date: when,
      title: `Decision ${verb}: ${humanize(d.recommendation)}`,
      detail: `Revision ${d.revision} · ${humanize(d.status)}`,
      href: `/cases/${c.id}/decision`,
    });
    for (const f of d.followUps) {
      entries.push({
        key: `follow-up:${f.id}`,
        kind: 'follow-up',
        date: f.dueDate,
        title: `Follow-up ${f.modality} due`,
        detail: `${humanize(f.status)}${CRITERIA[f.criteria] ? ` · ${CRITERIA[f.criteria]}` : ''}`,
      });
    }
  }
  for (const e of c.events) {
    entries.push({
      key: `status:${e.id}`,
      kind: 'status',
      date: e.occurredAt,
      title: e.fromStatus ? `${humanize(e.fromStatus)} → ${humanize(e.toStatus)}` : humanize(e.toStatus),
      detail: e.reason ?? undefined,
    });
  }
  return entries.sort((a, b) => (sortKey(a.date) < sortKey(b.date) ? 1 : sortKey(a.date) > sortKey(b.date) ? -1 : a.key.localeCompare(b.key)));
}

/** The latest serum creatinine, with its date (measures come newest first, but do not rely on it). */
export function latestCreatinine(measures: CaseData['measures']): CaseData['measures'][number] | undefined {
  return measures
    .filter((m) => m.kind === 'SERUM_CREATININE')
    .reduce<CaseData['measures'][number] | undefined>((latest, m) => (!latest || m.measuredOn > latest.measuredOn ? m : latest), undefined);
}
