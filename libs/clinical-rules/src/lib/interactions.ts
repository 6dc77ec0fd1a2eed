import { matches, normalizeDrugNames } from './drug-classes';
import { ClinicalInputError } from './errors';
import { INTERACTION_RULES, type InteractionSeverity } from './interaction-rules';
import { requireArray } from './validate';

export interface Interaction {
  /** The two generic names as normalised (lower case), in the order they were listed. */
  pair: [string, string];
  severity: InteractionSeverity;
  mechanism: string;
  recommendation: string;
  source: string;
  ruleId: string;
}

const SEVERITY_ORDER: Record<InteractionSeverity, number> = { CONTRAINDICATED: 0, MAJOR: 1, MODERATE: 2 };

/**
 * Interactions among a medication list, from the project's own rule table (ONC high-priority
 * list, Phansalkar 2012, and US labels). Names are generic and case-insensitive; a name the
 * table does not know simply matches nothing. Each pair is checked once per rule, in both
 * directions; results are ordered by severity, then by the order the drugs were listed.
 */
export function checkInteractions(drugs: string[]): Interaction[] {
  const list = requireArray(drugs, 'drugs').map((name, i) => {
    if (typeof name !== 'string') {
      throw new ClinicalInputError(`drugs[${i}]`, 'must be a generic drug name');
    }
    return name;
  });
  const names = normalizeDrugNames(list);
  const found: Interaction[] = [];
  names.forEach((first, i) => {
    for (const second of names.slice(i + 1)) {
      for (const rule of INTERACTION_RULES) {
        const forward = matches(rule.a, first) && matches(rule.b, second);
        if (forward || (matches(rule.a, second) && matches(rule.b, first))) {
          found.push({
            pair: [first, second],
            severity: rule.severity,
            mechanism: rule.mechanism,
            recommendation: rule.recommendation,
            source: rule.source,
            ruleId: rule.id,
          });
        }
      }
    }
  });
  // Array.prototype.sort is stable, so listing order is kept within a severity.
  return found.sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity]);
}
