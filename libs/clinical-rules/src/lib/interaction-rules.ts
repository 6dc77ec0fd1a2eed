import type { DrugMatcher } from './drug-classes';
import { cite, SOURCES } from './sources';

export type InteractionSeverity = 'CONTRAINDICATED' | 'MAJOR' | 'MODERATE';

export interface InteractionRule {
  id: string;
  a: DrugMatcher;
  b: DrugMatcher;
  severity: InteractionSeverity;
  mechanism: string;
  recommendation: string;
  source: string;
}

const PROCARBAZINE = { drug: 'procarbazine' } as const;
const MAOI_SOURCE = cite(SOURCES.ONC_HIGH_PRIORITY_DDI, SOURCES.PROCARBAZINE_LABEL);
const SEROTONIN =
  'Procarbazine inhibits monoamine oxidase; adding a drug that raises serotonin can cause serotonin syndrome.';
const PRESSOR =
  'Procarbazine inhibits monoamine oxidase; sympathomimetics given with it can cause a hypertensive crisis.';

/**
 * Hand-written interaction rules, in this project's own words. Starting point: the ONC
 * high-priority list (Phansalkar et al., JAMIA 2012) with its oncology members, plus rules
 * from US drug labels. Metformin with iodinated contrast is a renal rule (contrast.ts).
 */
export const INTERACTION_RULES: readonly InteractionRule[] = [
  {
    id: 'IRINOTECAN_STRONG_CYP3A4_INHIBITOR',
    a: { drug: 'irinotecan' },
    b: { drugClass: 'STRONG_CYP3A4_INHIBITORS' },
    severity: 'MAJOR',
    mechanism:
      'Blocking CYP3A4 diverts irinotecan towards SN-38, its active metabolite, raising exposure and the risk of severe neutropenia and diarrhoea.',
    recommendation:
      'Avoid the combination; stop the inhibitor at least one week before irinotecan unless there is no alternative.',
    source: cite(SOURCES.ONC_HIGH_PRIORITY_DDI, SOURCES.IRINOTECAN_LABEL, SOURCES.FDA_CYP_TABLE),
  },
  {
    id: 'PROCARBAZINE_SSRI',
    a: PROCARBAZINE,
    b: { drugClass: 'SSRIS' },
    severity: 'CONTRAINDICATED',
    mechanism: SEROTONIN,
    recommendation:
      'Do not combine; allow a washout (at least 14 days after the MAO inhibitor, longer after fluoxetine).',
    source: MAOI_SOURCE,
  },
  {
    id: 'PROCARBAZINE_TRICYCLIC',
    a: PROCARBAZINE,
    b: { drugClass: 'TRICYCLICS' },
    severity: 'CONTRAINDICATED',
    mechanism: `${SEROTONIN} Tricyclics add a risk of hypertensive reactions.`,
    recommendation: 'Do not combine; allow at least 14 days between the two.',
    source: MAOI_SOURCE,
  },
  {
    id: 'PROCARBAZINE_OPIOID',
    a: PROCARBAZINE,
    b: { drugClass: 'OPIOIDS' },
    severity: 'MAJOR',
    mechanism:
      'Procarbazine inhibits monoamine oxidase; serotonergic opioids (meperidine, tramadol, methadone, fentanyl, tapentadol) can precipitate serotonin syndrome, and opioid CNS depression is increased.',
    recommendation:
      'Avoid meperidine, tramadol, methadone, tapentadol and fentanyl; if an opioid is needed, use a non-serotonergic one at a reduced dose with close monitoring.',
    source: MAOI_SOURCE,
  },
  {
    id: 'PROCARBAZINE_TRIPTAN',
    a: PROCARBAZINE,
    b: { drugClass: 'TRIPTANS' },
    severity: 'CONTRAINDICATED',
    mechanism: `${SEROTONIN} MAO-A also clears several triptans, whose levels rise.`,
    recommendation: 'Do not combine; do not give a triptan within 14 days of the MAO inhibitor.',
    source: MAOI_SOURCE,
  },
  {
    id: 'PROCARBAZINE_AMPHETAMINE',
    a: PROCARBAZINE,
    b: { drugClass: 'AMPHETAMINES' },
    severity: 'CONTRAINDICATED',
    mechanism: PRESSOR,
    recommendation: 'Do not combine; allow at least 14 days after the MAO inhibitor.',
    source: MAOI_SOURCE,
  },
  {
    id: 'PROCARBAZINE_MAOI',
    a: PROCARBAZINE,
    b: { drugClass: 'MAOIS' },
    severity: 'CONTRAINDICATED',
    mechanism:
      'Two monoamine oxidase inhibitors together: additive risk of hypertensive crisis and serotonin syndrome.',
    recommendation: 'Do not combine; allow at least 14 days between them.',
    source: MAOI_SOURCE,
  },
  {
    id: 'QT_QT',
    a: { drugClass: 'HIGH_RISK_QT' },
    b: { drugClass: 'HIGH_RISK_QT' },
    severity: 'MAJOR',
    mechanism: 'Both drugs prolong the QT interval; together they add to the risk of torsades de pointes.',
    recommendation:
      'Avoid if possible; otherwise obtain a baseline ECG, correct potassium and magnesium, and repeat the ECG during treatment.',
    source: SOURCES.ONC_HIGH_PRIORITY_DDI,
  },
  {
    id: 'CAPECITABINE_WARFARIN',
    a: { drug: 'capecitabine' },
    b: { drug: 'warfarin' },
    severity: 'MAJOR',
    mechanism:
      'Capecitabine reduces warfarin clearance (CYP2C9); INR rises and serious or fatal bleeding has occurred, sometimes weeks after the last capecitabine dose.',
    recommendation: 'Check the INR often and adjust warfarin, or consider another anticoagulant.',
    source: SOURCES.CAPECITABINE_WARFARIN_LABEL,
  },
  {
    id: 'PEMETREXED_NSAID',
    a: { drug: 'pemetrexed' },
    b: { drugClass: 'NSAIDS' },
    severity: 'MODERATE',
    mechanism: 'NSAIDs lower the renal clearance of pemetrexed, raising its myelosuppressive, renal and GI toxicity.',
    recommendation:
      'If CrCl is 45–79 mL/min, keep short-acting NSAIDs off from 2 days before to 2 days after the dose (long-acting: 5 days before to 2 days after); monitor more often with normal renal function.',
    source: SOURCES.PEMETREXED_LABEL,
  },
  {
    id: 'METHOTREXATE_NSAID',
    a: { drug: 'methotrexate' },
    b: { drugClass: 'NSAIDS' },
    severity: 'MAJOR',
    mechanism:
      'NSAIDs reduce the renal excretion of methotrexate; levels rise with a risk of severe marrow, GI and renal toxicity.',
    recommendation:
      'Avoid with high-dose methotrexate; with low doses, monitor blood counts and renal function closely.',
    source: SOURCES.METHOTREXATE_LABEL,
  },
  {
    id: 'METHOTREXATE_PPI',
    a: { drug: 'methotrexate' },
    b: { drugClass: 'PPIS' },
    severity: 'MODERATE',
    mechanism: 'Proton pump inhibitors can delay methotrexate elimination, most of all at high doses.',
    recommendation:
      'Consider holding the PPI around high-dose methotrexate (an H2 blocker may be used); monitor methotrexate levels.',
    source: SOURCES.METHOTREXATE_LABEL,
  },
];
