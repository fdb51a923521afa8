import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { toCsv } from '../../../shared/csv';

describe('toCsv', () => {
  it('ends every row with CRLF, the last one too', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\r\nc,d\r\n');
    expect(toCsv([])).toBe('');
  });

  it('quotes only cells that need it, doubling quotes inside', () => {
    expect(toCsv([['plain', ' padded ', 'a,b', 'say "hi"', '']])).toBe(
      'plain, padded ,"a,b","say ""hi""",\r\n',
    );
  });

  it('keeps line breaks inside a quoted cell', () => {
    expect(toCsv([['line 1\nline 2', 'x\r\ny']])).toBe('"line 1\nline 2","x\r\ny"\r\n');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(toCsv([['=SUM(A1:A2)', '+1', '-1', '@cmd', '\tx', 'a=b']])).toBe(
      "'=SUM(A1:A2),'+1,'-1,'@cmd,'\tx,a=b\r\n",
    );
    expect(toCsv([['=HYPERLINK("http://x","y")']])).toBe('"\'=HYPERLINK(""http://x"",""y"")"\r\n');
    expect(toCsv([['\rx']])).toBe('"\'\rx"\r\n');
  });

  it('writes numbers as numbers, and nothing for null, undefined, NaN and Infinity', () => {
    expect(toCsv([[-5, 0, 3.25, 1e21, null, undefined, NaN, Infinity, -Infinity]])).toBe(
      '-5,0,3.25,1e+21,,,,,\r\n',
    );
  });

  it('reads back as the same cells, formulas neutralised', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('', '"', ',', '\r\n', '\n', '\r', '=1', ' x '));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const parsed = Papa.parse<string[]>(toCsv(rows), { delimiter: ',', newline: '\r\n' }).data;
          const expected = rows.map((row) => row.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
          expect(parsed.slice(0, -1)).toEqual(expected);
        },
      ),
    );
  });
});
