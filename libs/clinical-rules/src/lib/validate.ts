import { ClinicalInputError } from './errors';

/**
 * Runtime guards for values that arrive from forms and GraphQL, where TypeScript's types
 * are only a promise. Each guard names the field path in the ClinicalInputError it throws.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

export function requireObject(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ClinicalInputError(field, `is required and must be an object (got ${show(value)})`);
  }
  return value as Record<string, unknown>;
}

export function requireArray(value: unknown, field: string): readonly unknown[] {
  if (!Array.isArray(value)) {
    throw new ClinicalInputError(field, `is required and must be a list (got ${show(value)})`);
  }
  return value;
}

function requireFinite(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ClinicalInputError(field, `must be a finite number (got ${show(value)})`);
  }
  return value;
}

export function requireNonNegative(value: unknown, field: string): number {
  const n = requireFinite(value, field);
  if (n < 0) {
    throw new ClinicalInputError(field, `must not be negative (got ${n})`);
  }
  return n;
}

export function requirePositive(value: unknown, field: string): number {
  const n = requireFinite(value, field);
  if (n <= 0) {
    throw new ClinicalInputError(field, `must be greater than 0 (got ${n})`);
  }
  return n;
}

export function requireBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') {
    throw new ClinicalInputError(field, `must be true or false (got ${show(value)})`);
  }
  return value;
}

export function requireString(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ClinicalInputError(field, `must be a non-empty text (got ${show(value)})`);
  }
  return value;
}

export function requireOneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new ClinicalInputError(field, `must be one of ${allowed.join(', ')} (got ${show(value)})`);
  }
  return value as T;
}

/** A strict `YYYY-MM-DD` calendar date, returned as whole days since 1970-01-01 (UTC). */
export function requireIsoDate(value: unknown, field: string): number {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match === null) {
    throw new ClinicalInputError(field, `must be a date written YYYY-MM-DD (got ${show(value)})`);
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new ClinicalInputError(field, `is not a real calendar date (got ${show(value)})`);
  }
  return date.getTime() / MS_PER_DAY;
}

/** Adult equations (CKD-EPI 2021, Cockcroft–Gault) are validated for 18 years and over. */
export function requireAdultAge(value: unknown, field: string): number {
  const age = requireFinite(value, field);
  if (age < 18 || age > 120) {
    throw new ClinicalInputError(field, `must be between 18 and 120 years for an adult equation (got ${age})`);
  }
  return age;
}
