// The lesion table of the report editor: rows as typed (strings), to the rules' shape (for
// the live response) and to the server's input (for saving).
import type {
  LesionMeasurementInput,
  LesionRole,
  ReportMeasurementFragment,
  ResponseCriteria,
} from '../../gql/graphql';
import type { MeasuredLesion } from './live-response';

export interface TrackedLesionOption {
  id: string;
  label: string;
  organ: string;
  nodal: boolean;
}

export interface LesionRow {
  key: string;
  /** A tracked lesion of the case, or '' for a lesion first seen on this report. */
  lesionId: string;
  label: string;
  organ: string;
  nodal: boolean;
  role: LesionRole;
  longAxisMm: string;
  shortAxisMm: string;
  viableDiameterMm: string;
  perpendicularMm: string;
  suvPeak: string;
  tooSmallToMeasure: boolean;
  notMeasured: boolean;
}

let nextKey = 1;
export const newRowKey = () => `row-${nextKey++}`;

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function rowsFromMeasurements(measurements: readonly ReportMeasurementFragment[]): LesionRow[] {
  return [...measurements]
    .sort((a, b) => a.position - b.position)
    .map((m) => ({
      key: newRowKey(),
      lesionId: m.lesionId,
      label: m.lesion.label,
      organ: m.lesion.organ,
      nodal: m.lesion.nodal,
      role: m.role,
      longAxisMm: text(m.longAxisMm),
      shortAxisMm: text(m.shortAxisMm),
      viableDiameterMm: text(m.viableDiameterMm),
      perpendicularMm: text(m.perpendicularMm),
      suvPeak: text(m.suvPeak),
      tooSmallToMeasure: m.tooSmallToMeasure,
      notMeasured: m.notMeasured,
    }));
}

export function emptyRow(role: LesionRole = 'TARGET'): LesionRow {
  return {
    key: newRowKey(),
    lesionId: '',
    label: '',
    organ: '',
    nodal: false,
    role,
    longAxisMm: '',
    shortAxisMm: '',
    viableDiameterMm: '',
    perpendicularMm: '',
    suvPeak: '',
    tooSmallToMeasure: false,
    notMeasured: false,
  };
}

/** A typed number, or null when the box is empty. NaN when it is not a number (the rules then say so). */
export function parseMm(value: string): number | null {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The identity a row stands for: its tracked lesion, the tracked lesion of the same label, or a new one. */
export function identityOf(row: LesionRow, tracked: readonly TrackedLesionOption[]): TrackedLesionOption & { isNew: boolean } {
  const byId = row.lesionId ? tracked.find((t) => t.id === row.lesionId) : undefined;
  if (byId) return { ...byId, isNew: false };
  const byLabel = tracked.find((t) => t.label.trim().toLowerCase() === row.label.trim().toLowerCase() && row.label.trim() !== '');
  if (byLabel) return { ...byLabel, isNew: false };
  return { id: `new:${row.label.trim().toLowerCase()}`, label: row.label.trim(), organ: row.organ.trim(), nodal: row.nodal, isNew: true };
}

export function toMeasuredLesions(rows: readonly LesionRow[], tracked: readonly TrackedLesionOption[]): MeasuredLesion[] {
  return rows.map((row) => {
    const identity = identityOf(row, tracked);
    return {
      lesionId: identity.id,
      label: identity.label || 'Unnamed lesion',
      organ: identity.organ,
      nodal: identity.nodal,
      role: row.role,
      longAxisMm: parseMm(row.longAxisMm),
      shortAxisMm: parseMm(row.shortAxisMm),
      viableDiameterMm: parseMm(row.viableDiameterMm),
      perpendicularMm: parseMm(row.perpendicularMm),
      suvPeak: parseMm(row.suvPeak),
      tooSmallToMeasure: row.tooSmallToMeasure,
      notMeasured: row.notMeasured,
    };
  });
}

export function toLesionInputs(rows: readonly LesionRow[], criteria: ResponseCriteria): LesionMeasurementInput[] {
  return rows.map((row) => {
    const input: LesionMeasurementInput = { role: row.role };
    if (row.lesionId) input.lesionId = row.lesionId;
    else {
      input.label = row.label.trim();
      if (row.organ.trim()) input.organ = row.organ.trim();
      input.nodal = row.nodal;
    }
    const numbers: [keyof LesionMeasurementInput, string, boolean][] = [
      ['longAxisMm', row.longAxisMm, criteria !== 'PERCIST'],
      ['shortAxisMm', row.shortAxisMm, criteria === 'RECIST_1_1' || criteria === 'MRECIST'],
      ['viableDiameterMm', row.viableDiameterMm, criteria === 'MRECIST'],
      ['perpendicularMm', row.perpendicularMm, criteria === 'RANO'],
      ['suvPeak', row.suvPeak, criteria === 'PERCIST'],
    ];
    for (const [name, value, used] of numbers) {
      const parsed = parseMm(value);
      if (used && parsed !== null && !Number.isNaN(parsed)) Object.assign(input, { [name]: parsed });
    }
    if (row.tooSmallToMeasure) input.tooSmallToMeasure = true;
    if (row.notMeasured) input.notMeasured = true;
    return input;
  });
}

/** "input.lesions.2.longAxisMm" → 2 */
export function lesionIndexOfField(field: string | undefined): number | null {
  const match = field ? /lesions\.(\d+)/.exec(field) : null;
  return match ? Number(match[1]) : null;
}
