import { formatChange, formatDate, formatMeasure, formatNumber, formatPercent, humanize, todayIso } from './format';

describe('display formatting', () => {
  it('rounds only for display and shows a dash for a missing number', () => {
    expect(formatNumber(85.3456, 1)).toBe('85.3');
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatMeasure(44, 'mm')).toBe('44.0\u00a0mm');
  });

  it('signs percentages and changes, with a true minus sign', () => {
    expect(formatPercent(-32.6923)).toBe('−32.7\u00a0%');
    expect(formatPercent(25.714)).toBe('+25.7\u00a0%');
    expect(formatPercent(-0.01)).toBe('0.0\u00a0%');
    expect(formatChange(9, 'mm')).toBe('+9.0\u00a0mm');
  });

  it('formats dates in UTC so a date-only value never shifts a day', () => {
    expect(formatDate('2026-10-02')).toBe('2 Oct 2026');
    expect(formatDate(null)).toBe('—');
    expect(todayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it('turns codes into words', () => {
    expect(humanize('DECISION_SIGNED')).toBe('Decision signed');
  });
});
