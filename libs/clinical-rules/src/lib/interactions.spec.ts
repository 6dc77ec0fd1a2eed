import { checkInteractions } from './interactions';

const ids = (drugs: string[]) => checkInteractions(drugs).map((i) => i.ruleId);

describe('checkInteractions — ONC high-priority list (Phansalkar 2012), oncology members', () => {
  it.each(['ketoconazole', 'itraconazole', 'clarithromycin', 'ritonavir', 'posaconazole', 'voriconazole'])(
    'irinotecan + %s (strong CYP3A4 inhibitor)',
    (inhibitor) => {
      const [hit] = checkInteractions(['irinotecan', inhibitor]);
      expect(hit).toMatchObject({
        pair: ['irinotecan', inhibitor],
        severity: 'MAJOR',
        ruleId: 'IRINOTECAN_STRONG_CYP3A4_INHIBITOR',
      });
      expect(hit.mechanism).toMatch(/SN-38/);
      expect(hit.source).toMatch(/Phansalkar.*CAMPTOSAR/);
    },
  );

  it('irinotecan with a weak or non-inhibitor is silent', () => {
    expect(checkInteractions(['irinotecan', 'fluconazole', 'ondansetron'])).toEqual([]);
  });

  it.each([
    ['sertraline', 'PROCARBAZINE_SSRI', 'CONTRAINDICATED'],
    ['amitriptyline', 'PROCARBAZINE_TRICYCLIC', 'CONTRAINDICATED'],
    ['tramadol', 'PROCARBAZINE_OPIOID', 'MAJOR'],
    ['sumatriptan', 'PROCARBAZINE_TRIPTAN', 'CONTRAINDICATED'],
    ['dextroamphetamine', 'PROCARBAZINE_AMPHETAMINE', 'CONTRAINDICATED'],
    ['tranylcypromine', 'PROCARBAZINE_MAOI', 'CONTRAINDICATED'],
  ])('procarbazine (an MAOI) + %s → %s (%s)', (drug, ruleId, severity) => {
    expect(checkInteractions(['procarbazine', drug])).toEqual([
      expect.objectContaining({ ruleId, severity, source: expect.stringMatching(/Phansalkar/) }),
    ]);
  });

  it('two high-risk QT-prolonging drugs', () => {
    expect(checkInteractions(['ondansetron', 'haloperidol'])).toEqual([
      expect.objectContaining({ pair: ['ondansetron', 'haloperidol'], ruleId: 'QT_QT', severity: 'MAJOR' }),
    ]);
  });

  it('a single QT drug is not an interaction', () => {
    expect(checkInteractions(['ondansetron', 'paracetamol'])).toEqual([]);
  });
});

describe('checkInteractions — label rules', () => {
  it('capecitabine + warfarin (bleeding; former boxed warning)', () => {
    const [hit] = checkInteractions(['capecitabine', 'warfarin']);
    expect(hit).toMatchObject({ severity: 'MAJOR', ruleId: 'CAPECITABINE_WARFARIN' });
    expect(hit.recommendation).toMatch(/INR/);
    expect(hit.source).toMatch(/boxed warning/);
  });

  it('pemetrexed + NSAIDs', () => {
    expect(ids(['pemetrexed', 'ibuprofen'])).toEqual(['PEMETREXED_NSAID']);
  });

  it('methotrexate + NSAIDs and + PPIs', () => {
    expect(ids(['methotrexate', 'naproxen', 'omeprazole'])).toEqual(['METHOTREXATE_NSAID', 'METHOTREXATE_PPI']);
  });

  it('metformin with contrast is a renal rule, not an interaction', () => {
    expect(checkInteractions(['metformin', 'iohexol'])).toEqual([]);
  });
});

describe('checkInteractions — names and ordering', () => {
  it('matches generic names case-insensitively, in either order, and keeps the listing order in the pair', () => {
    expect(checkInteractions(['KETOCONAZOLE', 'Irinotecan'])).toEqual([
      expect.objectContaining({ pair: ['ketoconazole', 'irinotecan'], ruleId: 'IRINOTECAN_STRONG_CYP3A4_INHIBITOR' }),
    ]);
  });

  it('drops salt words and splits combination products', () => {
    expect(ids(['Irinotecan Hydrochloride', 'ritonavir/lopinavir'])).toEqual(['IRINOTECAN_STRONG_CYP3A4_INHIBITOR']);
    expect(ids(['warfarin sodium', 'capecitabine'])).toEqual(['CAPECITABINE_WARFARIN']);
    expect(ids(['pemetrexed disodium', 'mefenamic-acid'])).toEqual(['PEMETREXED_NSAID']);
  });

  it('ignores unknown names, blanks and duplicates instead of failing', () => {
    expect(checkInteractions(['unobtainium', '', '  '])).toEqual([]);
    expect(checkInteractions(['warfarin', 'Warfarin', 'capecitabine'])).toHaveLength(1);
    expect(checkInteractions([])).toEqual([]);
  });

  it('reports a pair once per rule and sorts by severity (contraindicated first)', () => {
    // Clarithromycin is both a strong CYP3A4 inhibitor and a QT drug; citalopram is an SSRI and a QT drug.
    const result = checkInteractions(['irinotecan', 'clarithromycin', 'citalopram', 'procarbazine']);
    expect(result.map((r) => [r.ruleId, r.pair])).toEqual([
      ['PROCARBAZINE_SSRI', ['citalopram', 'procarbazine']],
      ['IRINOTECAN_STRONG_CYP3A4_INHIBITOR', ['irinotecan', 'clarithromycin']],
      ['QT_QT', ['clarithromycin', 'citalopram']],
    ]);
  });

  it('rejects a list that is not a list of names, naming the field', () => {
    expect(() => checkInteractions('warfarin' as unknown as string[])).toThrow(/^drugs is required and must be a list/);
    expect(() => checkInteractions(['warfarin', null as unknown as string])).toThrow(
      /^drugs\[1\] must be a generic drug name/,
    );
  });
});
