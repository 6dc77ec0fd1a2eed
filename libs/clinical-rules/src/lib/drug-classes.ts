import { SOURCES } from './sources';

/**
 * Small drug-class table used by the interaction and contrast rules. Generic names only,
 * lower case; membership lists are illustrative, not exhaustive, and each class names the
 * source its membership is taken from. Written for this project; no DrugBank or DDInter data.
 */
export type DrugClassId =
  | 'STRONG_CYP3A4_INHIBITORS'
  | 'SSRIS'
  | 'TRICYCLICS'
  | 'OPIOIDS'
  | 'TRIPTANS'
  | 'AMPHETAMINES'
  | 'MAOIS'
  | 'NSAIDS'
  | 'PPIS'
  | 'HIGH_RISK_QT'
  | 'AMINOGLYCOSIDES'
  | 'PLATINUM_AGENTS';

export interface DrugClass {
  label: string;
  members: readonly string[];
  source: string;
}

export const DRUG_CLASSES: Record<DrugClassId, DrugClass> = {
  STRONG_CYP3A4_INHIBITORS: {
    label: 'strong CYP3A4 inhibitor',
    members: [
      'ketoconazole',
      'itraconazole',
      'posaconazole',
      'voriconazole',
      'clarithromycin',
      'telithromycin',
      'ritonavir',
      'cobicistat',
      'indinavir',
      'nelfinavir',
      'saquinavir',
      'nefazodone',
    ],
    source: SOURCES.FDA_CYP_TABLE,
  },
  SSRIS: {
    label: 'selective serotonin reuptake inhibitor',
    members: ['citalopram', 'escitalopram', 'fluoxetine', 'fluvoxamine', 'paroxetine', 'sertraline'],
    source: SOURCES.ONC_HIGH_PRIORITY_DDI,
  },
  TRICYCLICS: {
    label: 'tricyclic antidepressant',
    members: [
      'amitriptyline',
      'clomipramine',
      'desipramine',
      'doxepin',
      'imipramine',
      'nortriptyline',
      'protriptyline',
      'trimipramine',
    ],
    source: SOURCES.ONC_HIGH_PRIORITY_DDI,
  },
  OPIOIDS: {
    label: 'opioid analgesic',
    members: [
      'meperidine',
      'tramadol',
      'tapentadol',
      'methadone',
      'fentanyl',
      'morphine',
      'oxycodone',
      'hydromorphone',
      'hydrocodone',
      'codeine',
      'buprenorphine',
    ],
    source: SOURCES.ONC_HIGH_PRIORITY_DDI,
  },
  TRIPTANS: {
    label: 'triptan',
    members: ['almotriptan', 'eletriptan', 'frovatriptan', 'naratriptan', 'rizatriptan', 'sumatriptan', 'zolmitriptan'],
    source: SOURCES.ONC_HIGH_PRIORITY_DDI,
  },
  AMPHETAMINES: {
    label: 'amphetamine-type stimulant',
    members: [
      'amphetamine',
      'dextroamphetamine',
      'lisdexamfetamine',
      'methamphetamine',
      'methylphenidate',
      'dexmethylphenidate',
    ],
    source: SOURCES.ONC_HIGH_PRIORITY_DDI,
  },
  MAOIS: {
    label: 'monoamine oxidase inhibitor',
    members: ['tranylcypromine', 'phenelzine', 'isocarboxazid', 'selegiline', 'rasagiline'],
    source: SOURCES.ONC_HIGH_PRIORITY_DDI,
  },
  NSAIDS: {
    label: 'non-steroidal anti-inflammatory drug',
    members: [
      'ibuprofen',
      'naproxen',
      'diclofenac',
      'indomethacin',
      'ketorolac',
      'meloxicam',
      'piroxicam',
      'celecoxib',
      'etodolac',
      'nabumetone',
      'ketoprofen',
      'flurbiprofen',
      'sulindac',
      'mefenamic acid',
      'oxaprozin',
    ],
    source: SOURCES.PEMETREXED_LABEL,
  },
  PPIS: {
    label: 'proton pump inhibitor',
    members: ['omeprazole', 'esomeprazole', 'lansoprazole', 'dexlansoprazole', 'pantoprazole', 'rabeprazole'],
    source: SOURCES.METHOTREXATE_LABEL,
  },
  HIGH_RISK_QT: {
    label: 'QT-prolonging drug with known torsades risk',
    members: [
      'amiodarone',
      'arsenic trioxide',
      'azithromycin',
      'chlorpromazine',
      'citalopram',
      'clarithromycin',
      'disopyramide',
      'dofetilide',
      'droperidol',
      'erythromycin',
      'escitalopram',
      'haloperidol',
      'levofloxacin',
      'methadone',
      'moxifloxacin',
      'ondansetron',
      'pimozide',
      'procainamide',
      'quinidine',
      'sotalol',
      'thioridazine',
      'vandetanib',
    ],
    source: SOURCES.ONC_HIGH_PRIORITY_DDI,
  },
  AMINOGLYCOSIDES: {
    label: 'aminoglycoside',
    members: ['amikacin', 'gentamicin', 'neomycin', 'plazomicin', 'streptomycin', 'tobramycin'],
    source: SOURCES.ACR_MANUAL,
  },
  PLATINUM_AGENTS: {
    label: 'platinum agent',
    members: ['cisplatin', 'carboplatin', 'oxaliplatin'],
    source: SOURCES.ACR_MANUAL,
  },
};

/** A single drug or a class, as a rule operand. */
export type DrugMatcher = { drug: string } | { drugClass: DrugClassId };

export function matches(matcher: DrugMatcher, name: string): boolean {
  return 'drug' in matcher ? matcher.drug === name : DRUG_CLASSES[matcher.drugClass].members.includes(name);
}

/** Salt and ester words dropped from the end of a name ("irinotecan hydrochloride" → "irinotecan"). */
const SALT_WORDS = new Set([
  'hydrochloride',
  'hcl',
  'sodium',
  'disodium',
  'potassium',
  'calcium',
  'magnesium',
  'mesylate',
  'citrate',
  'sulfate',
  'maleate',
  'tartrate',
  'succinate',
  'besylate',
  'phosphate',
]);

/**
 * Generic names compared case-insensitively: lower case, "-"/"_" read as spaces, trailing
 * salt words dropped, and a combination product ("metformin/sitagliptin", "a + b") split
 * into its components. Returns the distinct component names in input order.
 */
export function normalizeDrugNames(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    for (const component of name.toLowerCase().split(/[/+]/)) {
      const words = component.replace(/[-_]/g, ' ').trim().split(/\s+/);
      while (words.length > 1 && SALT_WORDS.has(words[words.length - 1] as string)) {
        words.pop();
      }
      const generic = words.join(' ');
      if (generic !== '' && !out.includes(generic)) {
        out.push(generic);
      }
    }
  }
  return out;
}
