// Display formatting. Clinical numbers are stored unrounded; they are rounded only here.

const NBSP = '\u00a0';

/** A number rounded for display, or an em dash when there is none. */
export function formatNumber(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value.toFixed(digits);
}

/** A measurement with its unit ("44.0 mm"). */
export function formatMeasure(value: number | null | undefined, unit: string, digits = 1): string {
  const shown = formatNumber(value, digits);
  return shown === '—' ? shown : `${shown}${NBSP}${unit}`;
}

/** A signed percentage ("+25.7 %", "−32.7 %"). */
export function formatPercent(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const rounded = Number(value.toFixed(digits));
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  return `${sign}${Math.abs(rounded).toFixed(digits)}${NBSP}%`;
}

/** A signed difference with its unit ("+9.0 mm"). */
export function formatChange(value: number | null | undefined, unit: string, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const rounded = Number(value.toFixed(digits));
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  return `${sign}${Math.abs(rounded).toFixed(digits)}${NBSP}${unit}`;
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "2026-10-02" or an ISO date-time → "2 Oct 2026". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : DATE.format(date);
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : DATE_TIME.format(date);
}

/** Today's date as YYYY-MM-DD in the user's time zone (what "not in the future" means to them). */
export function todayIso(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** "DECISION_SIGNED" → "Decision signed". */
export function humanize(code: string | null | undefined): string {
  if (!code) return '—';
  const words = code.replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function patientName(patient: { givenName: string; familyName: string }): string {
  return `${patient.familyName.toUpperCase()}, ${patient.givenName}`;
}
