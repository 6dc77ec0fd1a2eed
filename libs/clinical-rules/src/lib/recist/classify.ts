import { ClinicalInputError } from '../errors';
import { atLeast } from '../numeric';
import { requireBoolean, requireNonNegative, requireObject, requireOneOf, requirePositive } from '../validate';
import type { RecistLesionClass, RecistLesionMeasurement, RecistMethod } from './types';

const METHODS: readonly RecistMethod[] = ['CT', 'MRI', 'CALIPER', 'XRAY'];

/** Eisenhauer 2009 §3.1.1: pathological node ≥ 15 mm short axis; 10 to < 15 mm non-target; < 10 mm normal. */
const NODE_TARGET_MIN_MM = 15;
const NODE_ABNORMAL_MIN_MM = 10;

export interface LesionClassification {
  category: RecistLesionClass;
  /** The size that was judged: short axis for a node, longest diameter otherwise. */
  measuredMm: number;
  /** The minimum size for a target lesion under the given method. */
  targetMinimumMm: number;
}

function fieldPath(prefix: string, name: string): string {
  return prefix === '' ? name : `${prefix}.${name}`;
}

/**
 * Eisenhauer 2009 §3.1.1 (measurability): non-nodal ≥ 10 mm on CT/MRI with slices ≤ 5 mm,
 * otherwise ≥ 2 × slice thickness; ≥ 10 mm by caliper; ≥ 20 mm on chest X-ray.
 */
function nonNodalMinimumMm(method: RecistMethod, sliceThicknessMm: number | undefined): number {
  switch (method) {
    case 'XRAY':
      return 20;
    case 'CALIPER':
      return 10;
    default:
      return sliceThicknessMm !== undefined && sliceThicknessMm > 5 ? 2 * sliceThicknessMm : 10;
  }
}

export function classifyLesion(value: unknown, prefix: string): LesionClassification {
  const lesion = requireObject(value, prefix === '' ? 'lesion' : prefix);
  const nodal = requireBoolean(lesion.nodal, fieldPath(prefix, 'nodal'));
  const longAxisMm = requireNonNegative(lesion.longAxisMm, fieldPath(prefix, 'longAxisMm'));
  const method = lesion.method === undefined ? 'CT' : requireOneOf(lesion.method, METHODS, fieldPath(prefix, 'method'));
  const sliceThicknessMm =
    lesion.sliceThicknessMm === undefined
      ? undefined
      : requirePositive(lesion.sliceThicknessMm, fieldPath(prefix, 'sliceThicknessMm'));

  if (!nodal) {
    const targetMinimumMm = nonNodalMinimumMm(method, sliceThicknessMm);
    const category = atLeast(longAxisMm, targetMinimumMm) ? 'TARGET_ELIGIBLE' : 'NON_TARGET';
    return { category, measuredMm: longAxisMm, targetMinimumMm };
  }

  const shortField = fieldPath(prefix, 'shortAxisMm');
  if (lesion.shortAxisMm === undefined) {
    throw new ClinicalInputError(shortField, 'is required for a nodal lesion (nodes are judged on the short axis)');
  }
  const shortAxisMm = requireNonNegative(lesion.shortAxisMm, shortField);
  if (shortAxisMm > longAxisMm) {
    throw new ClinicalInputError(shortField, `must not exceed longAxisMm (${shortAxisMm} > ${longAxisMm})`);
  }
  const category = atLeast(shortAxisMm, NODE_TARGET_MIN_MM)
    ? 'TARGET_ELIGIBLE'
    : atLeast(shortAxisMm, NODE_ABNORMAL_MIN_MM)
      ? 'NON_TARGET'
      : 'NORMAL_NODE';
  return { category, measuredMm: shortAxisMm, targetMinimumMm: NODE_TARGET_MIN_MM };
}

/**
 * RECIST 1.1 lesion eligibility (Eisenhauer 2009 §3.1): whether a lesion can be a target,
 * must be followed as non-target, or (a node with short axis < 10 mm) is normal.
 */
export function classifyRecistLesion(lesion: RecistLesionMeasurement): RecistLesionClass {
  return classifyLesion(lesion, '').category;
}
