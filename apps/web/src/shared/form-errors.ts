// Server validation errors name the input path that failed (`extensions.field`, e.g.
// "input.patient.mrn" or "input.lesions.0.longAxisMm"). A form shows that message next to
// the field it concerns; anything it cannot place is shown above the form.
import { describeProblem, type Problem } from './problem';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface PlacedProblem<F extends string> {
  /** Messages to show next to fields. */
  fields: FieldErrors<F>;
  /** A message for the top of the form, when the problem is not about one known field. */
  general: string | null;
}

/**
 * Strips the argument name ("input.") and maps the server's dotted path to a form field:
 * `fieldMap` may name paths exactly ("patient.mrn" → "mrn") or by prefix ("lesions.0" →
 * any deeper path). A path it does not know is tried as the form field itself.
 */
export function serverFieldToFormField<F extends string>(
  serverField: string,
  formFields: readonly F[],
  fieldMap: Readonly<Record<string, F>> = {},
): F | undefined {
  const path = serverField.replace(/^(input|args)\./, '');
  if (fieldMap[path]) return fieldMap[path];
  // The longest mapped prefix wins: "lesions.0.longAxisMm" → a map entry "lesions.0.longAxisMm", then "lesions.0".
  const parts = path.split('.');
  for (let n = parts.length - 1; n > 0; n--) {
    const prefix = parts.slice(0, n).join('.');
    if (fieldMap[prefix]) return fieldMap[prefix];
  }
  return (formFields as readonly string[]).includes(path) ? (path as F) : undefined;
}

export function placeProblem<F extends string>(
  problem: Problem,
  formFields: readonly F[],
  fieldMap: Readonly<Record<string, F>> = {},
): PlacedProblem<F> {
  // A conflict can name a field too (e.g. an MRN that belongs to another patient).
  const placeable = problem.kind === 'bad-input' || (problem.kind === 'conflict' && problem.reason !== 'STALE_VERSION');
  if (placeable && problem.field) {
    const field = serverFieldToFormField(problem.field, formFields, fieldMap);
    if (field) return { fields: { [field]: describeProblem(problem) } as FieldErrors<F>, general: null };
  }
  return { fields: {}, general: describeProblem(problem) };
}

/** The first field (in form order) that has an error, to move focus to. */
export function firstInvalidField<F extends string>(errors: FieldErrors<F>, order: readonly F[]): F | undefined {
  return order.find((field) => errors[field]);
}
