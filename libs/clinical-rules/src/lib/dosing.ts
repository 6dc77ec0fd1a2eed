import { ClinicalInputError } from './errors';
import { floorWhole, greaterThan } from './numeric';
import { SOURCES } from './sources';
import { requireNonNegative, requireObject, requirePositive, show } from './validate';

export interface CalvertInput {
  targetAuc: number;
  gfrMlMin: number;
  /** Default 125 mL/min (FDA 2010). */
  capGfrMlMin?: number;
}

export interface CalvertResult {
  doseMg: number;
  gfrUsed: number;
  capped: boolean;
  source: string;
  targetAuc: number;
  gfrMlMin: number;
  capGfrMlMin: number;
}

export type RenalDrug = 'capecitabine' | 'zoledronic-acid' | 'pemetrexed';
export type RenalDoseAction = 'FULL_DOSE' | 'REDUCE' | 'NOT_RECOMMENDED';

export interface RenalDoseResult {
  action: RenalDoseAction;
  dose?: string;
  source: string;
  drug: RenalDrug;
  crClMlMin: number;
  /** The CrCl the bins were applied to: floored to the whole number below. */
  crClUsedMlMin: number;
  /** The label band that matched, e.g. "40–49 mL/min". */
  band: string;
  /** Says that (and how) the CrCl was floored, e.g. "CrCl 49.6 mL/min floored to 49 mL/min …". */
  binning: string;
  notes: string[];
}

/** FDA 2010 carboplatin communication: cap the estimated GFR at 125 mL/min in the Calvert formula. */
const DEFAULT_CARBOPLATIN_GFR_CAP = 125;

/**
 * Carboplatin dose (mg) = target AUC × (GFR + 25) — Calvert et al., J Clin Oncol 1989.
 * The GFR is capped at `capGfrMlMin` (default 125 mL/min, FDA 2010), so AUC 6 never gives
 * more than 6 × 150 = 900 mg.
 */
export function carboplatinCalvertDose(p: CalvertInput): CalvertResult {
  const input = requireObject(p, 'input');
  const targetAuc = requirePositive(input.targetAuc, 'targetAuc');
  const gfrMlMin = requireNonNegative(input.gfrMlMin, 'gfrMlMin');
  const capGfrMlMin =
    input.capGfrMlMin === undefined ? DEFAULT_CARBOPLATIN_GFR_CAP : requirePositive(input.capGfrMlMin, 'capGfrMlMin');
  const capped = greaterThan(gfrMlMin, capGfrMlMin);
  const gfrUsed = capped ? capGfrMlMin : gfrMlMin;
  return {
    doseMg: targetAuc * (gfrUsed + 25),
    gfrUsed,
    capped,
    source: SOURCES.CALVERT,
    targetAuc,
    gfrMlMin,
    capGfrMlMin,
  };
}

interface Bin {
  /** Lowest whole-number CrCl (mL/min) in the bin; bins are listed from the highest down. */
  min: number;
  band: string;
  action: RenalDoseAction;
  dose?: string;
  notes?: string[];
}

const PEMETREXED_NSAID_NOTE =
  'CrCl 45–79 mL/min: keep short-acting NSAIDs (e.g. ibuprofen) off from 2 days before to 2 days after each pemetrexed dose; long-acting NSAIDs from 5 days before to 2 days after (see checkInteractions).';

/** Whole-number bins transcribed from the US labels (own wording). */
const RENAL_RULES: Record<RenalDrug, { source: string; bins: readonly Bin[] }> = {
  // Capecitabine label: CrCl 51–80 no starting-dose change; 30–50 → 75 % (950 mg/m² BID from 1250); < 30 contraindicated.
  capecitabine: {
    source: SOURCES.CAPECITABINE_LABEL,
    bins: [
      {
        min: 51,
        band: '≥ 51 mL/min',
        action: 'FULL_DOSE',
        dose: 'Full starting dose (monitor closely when CrCl 51–80 mL/min)',
      },
      {
        min: 30,
        band: '30–50 mL/min',
        action: 'REDUCE',
        dose: '950 mg/m² twice daily (75 % of the 1250 mg/m² starting dose)',
      },
      { min: 0, band: '< 30 mL/min', action: 'NOT_RECOMMENDED' },
    ],
  },
  // Zoledronic acid (oncology) label: > 60 → 4.0 mg; 50–60 → 3.5; 40–49 → 3.3; 30–39 → 3.0; < 30 not recommended.
  'zoledronic-acid': {
    source: SOURCES.ZOLEDRONIC_ACID_LABEL,
    bins: [
      { min: 61, band: '> 60 mL/min', action: 'FULL_DOSE', dose: '4.0 mg' },
      { min: 50, band: '50–60 mL/min', action: 'REDUCE', dose: '3.5 mg' },
      { min: 40, band: '40–49 mL/min', action: 'REDUCE', dose: '3.3 mg' },
      { min: 30, band: '30–39 mL/min', action: 'REDUCE', dose: '3.0 mg' },
      { min: 0, band: '< 30 mL/min', action: 'NOT_RECOMMENDED' },
    ],
  },
  // Pemetrexed label: no dose recommended below CrCl 45; 45–79 with NSAIDs needs a hold around dosing.
  pemetrexed: {
    source: SOURCES.PEMETREXED_LABEL,
    bins: [
      { min: 80, band: '≥ 80 mL/min', action: 'FULL_DOSE', dose: 'Full dose (500 mg/m²)' },
      {
        min: 45,
        band: '45–79 mL/min',
        action: 'FULL_DOSE',
        dose: 'Full dose (500 mg/m²)',
        notes: [PEMETREXED_NSAID_NOTE],
      },
      { min: 0, band: '< 45 mL/min', action: 'NOT_RECOMMENDED' },
    ],
  },
};

function normalizeDrug(value: unknown): RenalDrug {
  const name =
    typeof value === 'string'
      ? value
          .trim()
          .toLowerCase()
          .replace(/[\s_]+/g, '-')
      : '';
  if (!Object.prototype.hasOwnProperty.call(RENAL_RULES, name)) {
    throw new ClinicalInputError(
      'drug',
      `must be one of ${Object.keys(RENAL_RULES).join(', ')} (got ${show(value)}); no renal dosing rule is known for it`,
    );
  }
  return name as RenalDrug;
}

/**
 * Label-based renal dose adjustment. The CrCl (Cockcroft–Gault, mL/min) is floored to the
 * whole number below before binning — 49.6 → 49 — because the labels' bands are written
 * in whole numbers ("40–49", "50–60") and a value between two bands must not fall through;
 * flooring never moves a patient into a higher-dose band. The result says so.
 */
export function renalDoseAdjustment(p: { drug: RenalDrug; crClMlMin: number }): RenalDoseResult {
  const input = requireObject(p, 'input');
  const drug = normalizeDrug(input.drug);
  const crClMlMin = requireNonNegative(input.crClMlMin, 'crClMlMin');
  const crClUsedMlMin = floorWhole(crClMlMin);
  const rule = RENAL_RULES[drug];
  // The last bin starts at 0 and every used CrCl is ≥ 0, so a bin always matches.
  const bin = rule.bins.find((b) => crClUsedMlMin >= b.min) as Bin;
  return {
    action: bin.action,
    ...(bin.dose === undefined ? {} : { dose: bin.dose }),
    source: rule.source,
    drug,
    crClMlMin,
    crClUsedMlMin,
    band: bin.band,
    binning: `CrCl ${crClMlMin} mL/min floored to ${crClUsedMlMin} mL/min before binning (label bands are whole numbers)`,
    notes: bin.notes ?? [],
  };
}
