import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header and rows with CRLF, quoting only what needs it', () => {
    expect(toCsv(['reason', 'count'], [['Awaiting pathology, then MRI', 2], ['say "no"', 1], ['plain', null]])).toBe(
      'reason,count\r\n"Awaiting pathology, then MRI",2\r\n"say ""no""",1\r\nplain,\r\n',
    );
  });

  it('keeps four decimals and defuses spreadsheet formulas', () => {
    expect(toCsv(['v', 'text'], [[1 / 3, '=HYPERLINK("x")']])).toBe('v,text\r\n0.3333,"\'=HYPERLINK(""x"")"\r\n');
  });
});
