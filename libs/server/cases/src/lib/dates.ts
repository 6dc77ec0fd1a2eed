import { InputError } from '@consilium/server-core';

/** The calendar date (UTC) of an instant, as YYYY-MM-DD. */
export function isoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export function assertNotFuture(field: string, date: string | null | undefined, today: string): void {
  if (date && date > today) throw new InputError(field, `${field} cannot be in the future (today is ${today})`);
}

export function assertNotBefore(field: string, date: string | null | undefined, earliest: string, what: string): void {
  if (date && date < earliest) throw new InputError(field, `${field} cannot be before ${what} (${earliest})`);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
