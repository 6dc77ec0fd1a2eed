import { Transform } from 'class-transformer';
import { IsISO8601, Matches } from 'class-validator';

export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** A calendar date, YYYY-MM-DD (whether it may lie in the future is checked by the service). */
export const IsCalendarDate = (field: string) => (target: object, key: string) => {
  Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${field} must be a date as YYYY-MM-DD` })(target, key);
  IsISO8601({ strict: true }, { message: `${field} must be a real calendar date` })(target, key);
};
