import { ClinicalInputError } from './errors';
import {
  assessContrastSafety,
  type ContrastAgent,
  type ContrastRoute,
  type ContrastSafetyInput,
  type PriorContrastReaction,
} from './contrast';

const base: ContrastSafetyInput = {
  agent: 'IODINATED',
  route: 'IV',
  egfr: 75,
  aki: false,
  onDialysis: false,
  medications: [],
  priorContrastReaction: 'NONE',
};
const check = (override: Partial<ContrastSafetyInput>) => assessContrastSafety({ ...base, ...override });
const codes = (override: Partial<ContrastSafetyInput>) => check(override).findings.map((f) => f.code);

describe('assessContrastSafety — iodinated contrast and kidney risk (ACR–NKF 2020)', () => {
  it('eGFR ≥ 45 without AKI: cleared, no findings', () => {
    expect(check({ egfr: 45 })).toMatchObject({ clearance: 'CLEARED', findings: [], highRiskOfContrastAki: false });
  });

  it('eGFR 30–44: prophylaxis may be considered (INFO), still cleared', () => {
    for (const egfr of [30, 44.9]) {
      const result = check({ egfr });
      expect(result.clearance).toBe('CLEARED');
      expect(result.findings).toEqual([
        expect.objectContaining({ code: 'IODINATED_PROPHYLAXIS_MAY_BE_CONSIDERED', severity: 'INFO' }),
      ]);
    }
  });

  it('eGFR < 30 without dialysis: saline prophylaxis indicated (WARNING) — precautions, not refusal', () => {
    const result = check({ egfr: 29.9 });
    expect(result).toMatchObject({ clearance: 'CLEARED_WITH_PRECAUTIONS', highRiskOfContrastAki: true });
    expect(result.findings[0]).toMatchObject({ code: 'IODINATED_PROPHYLAXIS_INDICATED', severity: 'WARNING' });
    expect(result.findings[0].message).toMatch(/eGFR 29.9 /);
    // Shown to one decimal, as the pharmacist reads it, never with float noise.
    expect(check({ egfr: 27.621757234115407 }).findings[0].message).toMatch(/^eGFR 27\.6 mL\/min/);
    expect(result.findings[0].source).toMatch(/Davenport/);
  });

  it('AKI is high risk whatever the eGFR', () => {
    const result = check({ egfr: 90, aki: true });
    expect(result.findings[0]).toMatchObject({
      code: 'IODINATED_PROPHYLAXIS_INDICATED',
      message: expect.stringMatching(/Acute kidney injury/),
    });
  });

  it('on dialysis without AKI: no prophylaxis, an INFO note', () => {
    expect(check({ egfr: 8, onDialysis: true })).toMatchObject({
      clearance: 'CLEARED',
      highRiskOfContrastAki: false,
      findings: [expect.objectContaining({ code: 'DIALYSIS_NO_PROPHYLAXIS', severity: 'INFO' })],
    });
  });
});

describe('assessContrastSafety — metformin (ACR Manual)', () => {
  it('continues metformin with eGFR ≥ 30, no AKI, IV contrast', () => {
    const result = check({ egfr: 30, medications: ['Metformin'] });
    expect(result.clearance).toBe('CLEARED');
    expect(codes({ egfr: 60, medications: ['metformin'] })).toEqual(['METFORMIN_CONTINUE']);
  });

  it.each<[string, Partial<ContrastSafetyInput>]>([
    ['eGFR < 30', { egfr: 25 }],
    ['AKI', { aki: true }],
    ['dialysis', { egfr: 10, onDialysis: true }],
    ['an intra-arterial study with first-pass renal exposure', { route: 'INTRA_ARTERIAL_RENAL_FIRST_PASS' }],
  ])('holds metformin for 48 h with %s', (_label, override) => {
    const result = check({ ...override, medications: ['metformin/sitagliptin'] });
    expect(result.clearance).toBe('CLEARED_WITH_PRECAUTIONS');
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        code: 'METFORMIN_HOLD',
        severity: 'WARNING',
        recommendation: expect.stringMatching(/48 hours/),
      }),
    );
  });

  it('does not hold metformin for an intra-arterial study without first-pass renal exposure', () => {
    expect(codes({ route: 'INTRA_ARTERIAL_OTHER', medications: ['metformin'] })).toEqual(['METFORMIN_CONTINUE']);
  });
});

describe('assessContrastSafety — nephrotoxic drugs with high risk', () => {
  it('suggests withholding each nephrotoxic drug when the risk is high', () => {
    const result = check({
      egfr: 20,
      medications: [
        'Ibuprofen',
        'gentamicin',
        'Amphotericin B',
        'cisplatin',
        'zoledronic acid',
        'methotrexate',
        'paracetamol',
      ],
    });
    const withheld = result.findings.filter((f) => f.code === 'NEPHROTOXIC_DRUG_WITHHOLD');
    expect(withheld.map((f) => f.message.split(' (')[0])).toEqual([
      'ibuprofen',
      'gentamicin',
      'amphotericin b',
      'cisplatin',
      'zoledronic acid',
      'methotrexate',
    ]);
    expect(
      withheld.every((f) => f.severity === 'WARNING' && /24–48 hours before and 48 hours after/.test(f.recommendation)),
    ).toBe(true);
  });

  it('says nothing about them when the risk is not high', () => {
    expect(codes({ egfr: 35, medications: ['ibuprofen'] })).toEqual(['IODINATED_PROPHYLAXIS_MAY_BE_CONSIDERED']);
  });
});

describe('assessContrastSafety — gadolinium (ACR–NKF 2021)', () => {
  it.each<[Partial<ContrastSafetyInput>]>([[{ egfr: 29 }], [{ aki: true }], [{ egfr: 50, onDialysis: true }]])(
    'group I with %o is contraindicated: NOT_CLEARED',
    (override) => {
      const result = check({ agent: 'GBCA_GROUP_I', ...override });
      expect(result.clearance).toBe('NOT_CLEARED');
      expect(result.findings[0]).toMatchObject({ code: 'GBCA_GROUP_I_CONTRAINDICATED', severity: 'CRITICAL' });
      expect(result.findings[0].source).toMatch(/Weinreb/);
    },
  );

  it('group I with eGFR 30 and no AKI or dialysis is cleared', () => {
    expect(check({ agent: 'GBCA_GROUP_I', egfr: 30 })).toMatchObject({ clearance: 'CLEARED', findings: [] });
  });

  it('group II and III may be given with eGFR < 30 (INFO); dialysis patients are dialysed soon after', () => {
    for (const agent of ['GBCA_GROUP_II', 'GBCA_GROUP_III'] as const) {
      expect(check({ agent, egfr: 12 })).toMatchObject({
        clearance: 'CLEARED',
        findings: [expect.objectContaining({ code: 'GBCA_LOW_NSF_RISK', severity: 'INFO' })],
      });
    }
    expect(check({ agent: 'GBCA_GROUP_II', egfr: 5, onDialysis: true }).findings[0].recommendation).toMatch(
      /haemodialysis/,
    );
  });

  it('metformin and nephrotoxic drugs raise nothing with gadolinium', () => {
    expect(
      check({ agent: 'GBCA_GROUP_II', egfr: 25, medications: ['metformin', 'ibuprofen'] }).findings.map((f) => f.code),
    ).toEqual(['GBCA_LOW_NSF_RISK']);
  });
});

describe('assessContrastSafety — prior allergic-like reaction (ACR Manual)', () => {
  it('mild: an INFO note, still cleared', () => {
    expect(check({ priorContrastReaction: 'MILD' })).toMatchObject({
      clearance: 'CLEARED',
      findings: [expect.objectContaining({ code: 'PRIOR_REACTION_MILD', severity: 'INFO' })],
    });
  });

  it.each<PriorContrastReaction>(['MODERATE', 'SEVERE'])('%s: premedicate or change agent (WARNING)', (reaction) => {
    const result = check({ agent: 'GBCA_GROUP_II', priorContrastReaction: reaction });
    expect(result.clearance).toBe('CLEARED_WITH_PRECAUTIONS');
    expect(result.findings[0]).toMatchObject({ code: 'PRIOR_REACTION_PREMEDICATE', severity: 'WARNING' });
    expect(result.findings[0].recommendation).toMatch(
      /prednisone 50 mg 13, 7 and 1 hours before.*diphenhydramine 50 mg/,
    );
  });
});

describe('assessContrastSafety — the full matrix', () => {
  const agents: ContrastAgent[] = ['IODINATED', 'GBCA_GROUP_I', 'GBCA_GROUP_II', 'GBCA_GROUP_III'];
  const routes: ContrastRoute[] = ['IV', 'INTRA_ARTERIAL_RENAL_FIRST_PASS', 'INTRA_ARTERIAL_OTHER'];
  const egfrs = [10, 29.9, 30, 44.9, 45, 90];
  const reactions: PriorContrastReaction[] = ['NONE', 'MILD', 'MODERATE', 'SEVERE'];
  const medicationLists = [[], ['metformin'], ['naproxen'], ['metformin', 'naproxen']];

  it('agent × route × eGFR band × AKI × dialysis × medications × prior reaction follows the published rules', () => {
    let cases = 0;
    for (const agent of agents)
      for (const route of routes)
        for (const egfr of egfrs)
          for (const aki of [false, true])
            for (const onDialysis of [false, true])
              for (const medications of medicationLists)
                for (const priorContrastReaction of reactions) {
                  const result = assessContrastSafety({
                    agent,
                    route,
                    egfr,
                    aki,
                    onDialysis,
                    medications,
                    priorContrastReaction,
                  });
                  const iodinated = agent === 'IODINATED';
                  const renalRisk = aki || egfr < 30 || onDialysis;
                  const highRisk = aki || (egfr < 30 && !onDialysis);
                  const metformin = medications.includes('metformin');
                  const expected = {
                    GBCA_GROUP_I_CONTRAINDICATED: agent === 'GBCA_GROUP_I' && renalRisk,
                    GBCA_LOW_NSF_RISK: !iodinated && agent !== 'GBCA_GROUP_I' && renalRisk,
                    IODINATED_PROPHYLAXIS_INDICATED: iodinated && highRisk,
                    IODINATED_PROPHYLAXIS_MAY_BE_CONSIDERED:
                      iodinated && !highRisk && !onDialysis && egfr >= 30 && egfr < 45,
                    DIALYSIS_NO_PROPHYLAXIS: iodinated && !aki && onDialysis,
                    METFORMIN_HOLD:
                      iodinated && metformin && (renalRisk || route === 'INTRA_ARTERIAL_RENAL_FIRST_PASS'),
                    METFORMIN_CONTINUE:
                      iodinated && metformin && !renalRisk && route !== 'INTRA_ARTERIAL_RENAL_FIRST_PASS',
                    NEPHROTOXIC_DRUG_WITHHOLD: iodinated && highRisk && medications.includes('naproxen'),
                    PRIOR_REACTION_MILD: priorContrastReaction === 'MILD',
                    PRIOR_REACTION_PREMEDICATE:
                      priorContrastReaction === 'MODERATE' || priorContrastReaction === 'SEVERE',
                  };
                  const actual = Object.fromEntries(
                    Object.keys(expected).map((code) => [code, result.findings.some((f) => f.code === code)]),
                  );
                  expect(actual).toEqual(expected);
                  const warning =
                    expected.IODINATED_PROPHYLAXIS_INDICATED ||
                    expected.METFORMIN_HOLD ||
                    expected.NEPHROTOXIC_DRUG_WITHHOLD ||
                    expected.PRIOR_REACTION_PREMEDICATE;
                  expect(result.clearance).toBe(
                    expected.GBCA_GROUP_I_CONTRAINDICATED
                      ? 'NOT_CLEARED'
                      : warning
                        ? 'CLEARED_WITH_PRECAUTIONS'
                        : 'CLEARED',
                  );
                  expect(result.findings.every((f) => f.source.length > 0)).toBe(true);
                  cases++;
                }
    expect(cases).toBe(4 * 3 * 6 * 2 * 2 * 4 * 4);
  });
});

describe('assessContrastSafety — bad input', () => {
  it.each<[Record<string, unknown>, string]>([
    [{ agent: 'BARIUM' }, 'agent'],
    [{ route: 'ORAL' }, 'route'],
    [{ egfr: -1 }, 'egfr'],
    [{ egfr: Number.NaN }, 'egfr'],
    [{ aki: undefined }, 'aki'],
    [{ onDialysis: 'no' }, 'onDialysis'],
    [{ medications: 'metformin' }, 'medications'],
    [{ medications: ['metformin', 42] }, 'medications[1]'],
    [{ priorContrastReaction: 'ANAPHYLAXIS' }, 'priorContrastReaction'],
  ])('%o → ClinicalInputError on %s', (override, field) => {
    expect(() => assessContrastSafety({ ...base, ...override } as ContrastSafetyInput)).toThrow(
      expect.objectContaining({ field }) as unknown as Error,
    );
    expect(() => assessContrastSafety({ ...base, ...override } as ContrastSafetyInput)).toThrow(ClinicalInputError);
  });
});
