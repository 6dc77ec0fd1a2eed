import { bestOverallResponse, type TimepointForBest } from './best-response';
import type { RecistOverallResponse } from './types';

const tps = (...items: [number, RecistOverallResponse][]): TimepointForBest[] =>
  items.map(([daysFromBaseline, overall]) => ({ daysFromBaseline, overall }));
const unconfirmed = { confirmationRequired: false, sdMinimumDays: 42, hasTargets: true };
const confirmed = { ...unconfirmed, confirmationRequired: true };

describe('bestOverallResponse without confirmation', () => {
  it('takes the best time point: CR > PR > SD', () => {
    expect(bestOverallResponse(tps([42, 'SD'], [84, 'PR'], [126, 'CR']), unconfirmed)).toBe('CR');
    expect(bestOverallResponse(tps([42, 'SD'], [84, 'PR'], [126, 'SD']), unconfirmed)).toBe('PR');
  });

  it('counts SD only when met at least sdMinimumDays (42) after baseline', () => {
    expect(bestOverallResponse(tps([42, 'SD']), unconfirmed)).toBe('SD');
    expect(bestOverallResponse(tps([41, 'SD']), unconfirmed)).toBe('NE');
    expect(bestOverallResponse(tps([41, 'SD'], [70, 'NE']), unconfirmed)).toBe('NE');
    expect(bestOverallResponse(tps([41, 'SD'], [70, 'PD']), unconfirmed)).toBe('PD');
    expect(bestOverallResponse(tps([50, 'SD']), { ...unconfirmed, sdMinimumDays: 56 })).toBe('NE');
  });

  it('ignores responses after the first PD', () => {
    expect(bestOverallResponse(tps([42, 'PD'], [84, 'PR']), unconfirmed)).toBe('PD');
  });

  it('is NE when nothing was evaluable', () => {
    expect(bestOverallResponse(tps([42, 'NE'], [84, 'NE']), unconfirmed)).toBe('NE');
    expect(bestOverallResponse([], unconfirmed)).toBe('NE');
  });

  it('reports NON_CR_NON_PD for non-target disease only, with no SD minimum', () => {
    const nonTargetOnly = { ...unconfirmed, hasTargets: false };
    expect(bestOverallResponse(tps([30, 'NON_CR_NON_PD']), nonTargetOnly)).toBe('NON_CR_NON_PD');
    expect(bestOverallResponse(tps([30, 'NE'], [60, 'PD']), nonTargetOnly)).toBe('PD');
    expect(bestOverallResponse(tps([30, 'CR']), nonTargetOnly)).toBe('CR');
  });
});

describe('bestOverallResponse with confirmation (Eisenhauer 2009 Table 3)', () => {
  it('CR then CR ≥ 28 days later is CR', () => {
    expect(bestOverallResponse(tps([56, 'CR'], [84, 'CR']), confirmed)).toBe('CR');
  });

  it('CR then CR only 27 days later is not a confirmed CR (SD once the minimum is met)', () => {
    expect(bestOverallResponse(tps([56, 'CR'], [83, 'CR']), confirmed)).toBe('SD');
  });

  it('PR then PR, PR then CR, and CR then PR ≥ 28 days later are PR', () => {
    expect(bestOverallResponse(tps([56, 'PR'], [84, 'PR']), confirmed)).toBe('PR');
    expect(bestOverallResponse(tps([56, 'PR'], [84, 'CR']), confirmed)).toBe('PR');
    expect(bestOverallResponse(tps([56, 'CR'], [84, 'PR']), confirmed)).toBe('PR');
  });

  it('a confirmation may come at a later time point than the next one', () => {
    expect(bestOverallResponse(tps([56, 'PR'], [70, 'SD'], [90, 'PR']), confirmed)).toBe('PR');
  });

  it('unconfirmed PR followed by SD is SD', () => {
    expect(bestOverallResponse(tps([56, 'PR'], [84, 'SD']), confirmed)).toBe('SD');
  });

  it('unconfirmed PR followed by PD is SD if the SD minimum was met, otherwise PD', () => {
    expect(bestOverallResponse(tps([56, 'PR'], [84, 'PD']), confirmed)).toBe('SD');
    expect(bestOverallResponse(tps([35, 'PR'], [60, 'PD']), confirmed)).toBe('PD');
  });

  it('unconfirmed PR followed by NE is SD if the SD minimum was met, otherwise NE', () => {
    expect(bestOverallResponse(tps([56, 'PR'], [84, 'NE']), confirmed)).toBe('SD');
    expect(bestOverallResponse(tps([35, 'PR'], [84, 'NE']), confirmed)).toBe('NE');
  });

  it('a PR "confirmed" only after PD does not count', () => {
    expect(bestOverallResponse(tps([56, 'PR'], [70, 'PD'], [98, 'PR']), confirmed)).toBe('SD');
  });

  it('non-target disease only: an unconfirmed CR is NON_CR_NON_PD, a confirmed one CR', () => {
    const nonTargetOnly = { ...confirmed, hasTargets: false };
    expect(bestOverallResponse(tps([56, 'CR']), nonTargetOnly)).toBe('NON_CR_NON_PD');
    expect(bestOverallResponse(tps([56, 'CR'], [84, 'CR']), nonTargetOnly)).toBe('CR');
  });
});
