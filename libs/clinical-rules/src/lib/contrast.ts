import { DRUG_CLASSES, normalizeDrugNames } from './drug-classes';
import { ClinicalInputError } from './errors';
import { lessThan } from './numeric';
import { cite, SOURCES } from './sources';
import { requireArray, requireBoolean, requireNonNegative, requireObject, requireOneOf } from './validate';

export type ContrastAgent = 'IODINATED' | 'GBCA_GROUP_I' | 'GBCA_GROUP_II' | 'GBCA_GROUP_III';
export type ContrastRoute = 'IV' | 'INTRA_ARTERIAL_RENAL_FIRST_PASS' | 'INTRA_ARTERIAL_OTHER';
export type PriorContrastReaction = 'NONE' | 'MILD' | 'MODERATE' | 'SEVERE';
export type ContrastClearance = 'CLEARED' | 'CLEARED_WITH_PRECAUTIONS' | 'NOT_CLEARED';
export type FindingSeverity = 'INFO' | 'WARNING' | 'CRITICAL';

export interface ContrastSafetyInput {
  agent: ContrastAgent;
  route: ContrastRoute;
  egfr: number;
  aki: boolean;
  onDialysis: boolean;
  medications: string[];
  priorContrastReaction: PriorContrastReaction;
}

export interface ContrastFinding {
  code: string;
  severity: FindingSeverity;
  message: string;
  recommendation: string;
  source: string;
}

export interface ContrastSafetyResult {
  clearance: ContrastClearance;
  findings: ContrastFinding[];
  /** Iodinated: AKI, or eGFR < 30 and not on dialysis (ACR–NKF 2020). */
  highRiskOfContrastAki: boolean;
  egfr: number;
}

const AGENTS: readonly ContrastAgent[] = ['IODINATED', 'GBCA_GROUP_I', 'GBCA_GROUP_II', 'GBCA_GROUP_III'];
const ROUTES: readonly ContrastRoute[] = ['IV', 'INTRA_ARTERIAL_RENAL_FIRST_PASS', 'INTRA_ARTERIAL_OTHER'];
const REACTIONS: readonly PriorContrastReaction[] = ['NONE', 'MILD', 'MODERATE', 'SEVERE'];

/** ACR Manual / ACR–NKF 2020: nephrotoxic drugs to pause around iodinated contrast in high-risk patients. */
const NEPHROTOXIC: readonly { label: string; members: readonly string[] }[] = [
  DRUG_CLASSES.NSAIDS,
  DRUG_CLASSES.AMINOGLYCOSIDES,
  { label: 'amphotericin B', members: ['amphotericin b'] },
  DRUG_CLASSES.PLATINUM_AGENTS,
  { label: 'bisphosphonate', members: ['zoledronic acid'] },
  { label: 'antimetabolite', members: ['methotrexate'] },
];

const PREMEDICATION =
  'Elective oral premedication: prednisone 50 mg 13, 7 and 1 hours before, plus diphenhydramine 50 mg 1 hour before; or use a different agent within the class.';

function parse(p: ContrastSafetyInput): ContrastSafetyInput {
  const input = requireObject(p, 'input');
  return {
    agent: requireOneOf(input.agent, AGENTS, 'agent'),
    route: requireOneOf(input.route, ROUTES, 'route'),
    egfr: requireNonNegative(input.egfr, 'egfr'),
    aki: requireBoolean(input.aki, 'aki'),
    onDialysis: requireBoolean(input.onDialysis, 'onDialysis'),
    medications: requireArray(input.medications, 'medications').map((m, i) => {
      if (typeof m !== 'string') throw new ClinicalInputError(`medications[${i}]`, 'must be a generic drug name');
      return m;
    }),
    priorContrastReaction: requireOneOf(input.priorContrastReaction, REACTIONS, 'priorContrastReaction'),
  };
}

function iodinatedFindings(p: ContrastSafetyInput, meds: readonly string[], highRisk: boolean): ContrastFinding[] {
  const findings: ContrastFinding[] = [];
  const renalSource = cite(SOURCES.ACR_NKF_2020, SOURCES.ACR_MANUAL, SOURCES.ESUR_2018);
  if (highRisk) {
    findings.push({
      code: 'IODINATED_PROPHYLAXIS_INDICATED',
      severity: 'WARNING',
      message: p.aki
        ? 'Acute kidney injury: high risk of contrast-associated AKI.'
        : `eGFR ${Number(p.egfr.toFixed(1))} mL/min/1.73 m² (< 30) without dialysis: high risk of contrast-associated AKI.`,
      recommendation:
        'Give IV normal saline prophylaxis unless contraindicated (e.g. heart failure); use the lowest diagnostic dose. Necessary contrast is not withheld for renal risk alone.',
      source: renalSource,
    });
  } else if (p.onDialysis) {
    findings.push({
      code: 'DIALYSIS_NO_PROPHYLAXIS',
      severity: 'INFO',
      message: 'On dialysis: no kidney-protective prophylaxis is needed.',
      recommendation:
        'No saline prophylaxis and no extra or urgent dialysis session is needed solely because of the contrast.',
      source: cite(SOURCES.ACR_NKF_2020, SOURCES.ACR_MANUAL),
    });
  } else if (lessThan(p.egfr, 45)) {
    findings.push({
      code: 'IODINATED_PROPHYLAXIS_MAY_BE_CONSIDERED',
      severity: 'INFO',
      message: `eGFR ${Number(p.egfr.toFixed(1))} mL/min/1.73 m² (30–44): intermediate risk of contrast-associated AKI (ESUR 2018 counts eGFR < 45 as at risk before intra-arterial first-pass contrast).`,
      recommendation: 'IV saline prophylaxis may be considered case by case, especially with other risk factors.',
      source: renalSource,
    });
  }

  const metforminHold = p.aki || p.onDialysis || lessThan(p.egfr, 30) || p.route === 'INTRA_ARTERIAL_RENAL_FIRST_PASS';
  if (meds.includes('metformin')) {
    findings.push(
      metforminHold
        ? {
            code: 'METFORMIN_HOLD',
            severity: 'WARNING',
            message:
              'Metformin with iodinated contrast in AKI, severe CKD (eGFR < 30 or dialysis) or a first-pass renal arterial study.',
            recommendation:
              'Hold metformin at or before the study and for 48 hours after; restart only when renal function has been rechecked and is stable.',
            source: cite(SOURCES.ACR_MANUAL, SOURCES.ESUR_2018),
          }
        : {
            code: 'METFORMIN_CONTINUE',
            severity: 'INFO',
            message: 'Metformin with iodinated contrast, no AKI, eGFR ≥ 30 and no first-pass renal arterial exposure.',
            recommendation: 'Continue metformin; no need to stop it or to recheck renal function afterwards.',
            source: cite(SOURCES.ACR_MANUAL, SOURCES.ESUR_2018),
          },
    );
  }

  if (highRisk) {
    for (const drugClass of NEPHROTOXIC) {
      for (const drug of meds.filter((m) => drugClass.members.includes(m))) {
        findings.push({
          code: 'NEPHROTOXIC_DRUG_WITHHOLD',
          severity: 'WARNING',
          message: `${drug} (${drugClass.label}) is nephrotoxic and the patient is at high risk of contrast-associated AKI.`,
          recommendation: `Suggest withholding ${drug} for 24–48 hours before and 48 hours after the contrast, if clinically acceptable.`,
          source: cite(SOURCES.ACR_MANUAL, SOURCES.ACR_NKF_2020),
        });
      }
    }
  }
  return findings;
}

function gadoliniumFindings(p: ContrastSafetyInput): ContrastFinding[] {
  const atRisk = p.aki || p.onDialysis || lessThan(p.egfr, 30);
  if (!atRisk) {
    return [];
  }
  const source = cite(SOURCES.ACR_NKF_2021, SOURCES.ACR_MANUAL);
  if (p.agent === 'GBCA_GROUP_I') {
    return [
      {
        code: 'GBCA_GROUP_I_CONTRAINDICATED',
        severity: 'CRITICAL',
        message: 'Group I gadolinium agent with eGFR < 30, dialysis or AKI: risk of nephrogenic systemic fibrosis.',
        recommendation: 'Do not give a group I agent; use a group II agent if gadolinium is needed.',
        source,
      },
    ];
  }
  return [
    {
      code: 'GBCA_LOW_NSF_RISK',
      severity: 'INFO',
      message: 'Group II/III gadolinium agent with eGFR < 30, dialysis or AKI: the risk of NSF is very low.',
      recommendation: p.onDialysis
        ? 'May be given when indicated; schedule the usual haemodialysis soon after the study.'
        : 'May be given when indicated; the benefit usually outweighs the very low NSF risk.',
      source,
    },
  ];
}

function reactionFindings(reaction: PriorContrastReaction): ContrastFinding[] {
  if (reaction === 'NONE') {
    return [];
  }
  const source = SOURCES.ACR_MANUAL;
  return reaction === 'MILD'
    ? [
        {
          code: 'PRIOR_REACTION_MILD',
          severity: 'INFO',
          message: 'Prior mild allergic-like reaction to contrast.',
          recommendation: 'Note it; premedication may be considered but is not routinely required.',
          source,
        },
      ]
    : [
        {
          code: 'PRIOR_REACTION_PREMEDICATE',
          severity: 'WARNING',
          message: `Prior ${reaction.toLowerCase()} allergic-like reaction to contrast.`,
          recommendation: PREMEDICATION,
          source,
        },
      ];
}

/**
 * Contrast-media safety check (ACR Manual on Contrast Media; ACR–NKF consensus 2020 for
 * iodinated and 2021 for gadolinium; ESUR 2018). NOT_CLEARED only for a contraindication
 * (a CRITICAL finding); CLEARED_WITH_PRECAUTIONS when any WARNING exists; else CLEARED.
 */
export function assessContrastSafety(p: ContrastSafetyInput): ContrastSafetyResult {
  const input = parse(p);
  const meds = normalizeDrugNames(input.medications);
  const highRisk = input.aki || (!input.onDialysis && lessThan(input.egfr, 30));
  const findings = [
    ...(input.agent === 'IODINATED' ? iodinatedFindings(input, meds, highRisk) : gadoliniumFindings(input)),
    ...reactionFindings(input.priorContrastReaction),
  ];
  const clearance: ContrastClearance = findings.some((f) => f.severity === 'CRITICAL')
    ? 'NOT_CLEARED'
    : findings.some((f) => f.severity === 'WARNING')
      ? 'CLEARED_WITH_PRECAUTIONS'
      : 'CLEARED';
  return { clearance, findings, highRiskOfContrastAki: input.agent === 'IODINATED' && highRisk, egfr: input.egfr };
}
