import { ClinicalInputError } from '../errors';
import { requireArray, requireBoolean, requireObject, requireString } from '../validate';
import { classifyLesion } from './classify';
import type { RecistBaselineLesion } from './types';

/** Eisenhauer 2009 §4.2: at most 5 target lesions in total and at most 2 per organ. */
const MAX_TARGETS_TOTAL = 5;
const MAX_TARGETS_PER_ORGAN = 2;

/** EORTC RECIST FAQ: all lymph nodes, whatever the station, count as one organ. */
const LYMPH_NODES = 'lymph nodes';

function organKey(organ: string, nodal: boolean): string {
  return nodal ? LYMPH_NODES : organ.trim().toLowerCase();
}

/** Classification input from either the long/short-axis form or the single RECIST diameter. */
function measurementOf(lesion: Record<string, unknown>, field: string, nodal: boolean): Record<string, unknown> {
  if (lesion.longAxisMm !== undefined) {
    return lesion;
  }
  if (lesion.diameterMm === undefined) {
    throw new ClinicalInputError(`${field}.longAxisMm`, 'is required (or give diameterMm)');
  }
  // The RECIST diameter of a node is its short axis; its long axis is not needed to classify it.
  return nodal
    ? { ...lesion, longAxisMm: lesion.diameterMm, shortAxisMm: lesion.diameterMm }
    : { ...lesion, longAxisMm: lesion.diameterMm };
}

/**
 * Checks a baseline target selection against RECIST 1.1 (Eisenhauer 2009 §4.2 and the
 * EORTC FAQ on paired organs and nodes). Every violation is returned as a message, so the
 * radiologist sees them all at once; an empty list means the selection is valid.
 * Malformed input (a missing organ, a negative size) still throws ClinicalInputError.
 */
export function validateRecistBaseline(
  input: readonly RecistBaselineLesion[] | { targets: readonly RecistBaselineLesion[] },
): string[] {
  const targets = Array.isArray(input)
    ? (input as readonly unknown[])
    : requireArray(requireObject(input, 'input').targets, 'targets');
  const violations: string[] = [];
  const byOrgan = new Map<string, string[]>();

  targets.forEach((value, index) => {
    const field = `targets[${index}]`;
    const lesion = requireObject(value, field);
    const organ = requireString(lesion.organ, `${field}.organ`);
    const nodal = requireBoolean(lesion.nodal, `${field}.nodal`);
    const label =
      lesion.lesionId === undefined
        ? `Target ${index + 1}`
        : `Lesion ${requireString(lesion.lesionId, `${field}.lesionId`)}`;
    const { category, measuredMm, targetMinimumMm } = classifyLesion(measurementOf(lesion, field, nodal), field);

    if (category !== 'TARGET_ELIGIBLE') {
      const size = nodal ? `short axis ${measuredMm} mm` : `longest diameter ${measuredMm} mm`;
      violations.push(
        `${label} (${organ}) is not target-eligible: ${size} is below the ${targetMinimumMm} mm minimum (${category}).`,
      );
    }
    const key = organKey(organ, nodal);
    byOrgan.set(key, [...(byOrgan.get(key) ?? []), label]);
  });

  if (targets.length > MAX_TARGETS_TOTAL) {
    violations.push(
      `${targets.length} target lesions selected; RECIST 1.1 allows at most ${MAX_TARGETS_TOTAL} in total.`,
    );
  }
  for (const [organ, labels] of byOrgan) {
    if (labels.length > MAX_TARGETS_PER_ORGAN) {
      violations.push(
        `${labels.length} target lesions in ${organ} (${labels.join(', ')}); RECIST 1.1 allows at most ${MAX_TARGETS_PER_ORGAN} per organ.`,
      );
    }
  }
  return violations;
}
