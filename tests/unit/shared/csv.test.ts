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
    expect(toCsv([['=SUM(A1:A2)', '+1', '-1', '@cmd', 'a=b']])).toBe("'=SUM(A1:A2),'+1,'-1,'@cmd,a=b\r\n");
    // A leading tab is neutralised, and quoted as any tab is (a tab-splitting paste would cut it).
    expect(toCsv([['\tx']])).toBe('"\'\tx"\r\n');
    expect(toCsv([['=HYPERLINK("http://x","y")']])).toBe('"\'=HYPERLINK(""http://x"",""y"")"\r\n');
    expect(toCsv([['\rx']])).toBe('"\'\rx"\r\n');
  });

  it('quotes a cell holding a semicolon, so a spreadsheet splitting on ; cannot make a formula cell of it', () => {
    expect(toCsv([['a;b', 'x\ty']])).toBe('"a;b","x\ty"\r\n');
    // Quotes protect only a cell that starts a field; after a separator the formula is neutralised too.
    expect(toCsv([['Ana;=1+1;', 'plain']])).toBe('"Ana;\'=1+1;",plain\r\n');
    expect(toCsv([['Group 1', 'Ana;=1+1;']])).toBe('Group 1,"Ana;\'=1+1;"\r\n');
    const asSemicolon = Papa.parse<string[]>(toCsv([['Group 1', 'Ana;=1+1;']]), { delimiter: ';', newline: '\r\n' }).data[0]!;
    expect(asSemicolon.some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
    // Read by a comma reader, as written, the payload is one cell.
    expect(Papa.parse<string[]>(toCsv([['Ana;=1+1;']]), { delimiter: ',' }).data[0]).toEqual(["Ana;'=1+1;"]);
  });

  it('quotes every kind of line break, in the middle or at the end of a cell', () => {
    expect(toCsv([['a\nb', 'a\rb', 'end\n', 'a\r\nb']])).toBe('"a\nb","a\rb","end\n","a\r\nb"\r\n');
    // A reader that splits rows on every line break would start a row with the second line.
    expect(toCsv([['note\n=1+1']])).toBe('"note\n\'=1+1"\r\n');
  });

  it('writes numbers as numbers, and nothing for null, undefined, NaN and Infinity', () => {
    expect(toCsv([[-5, 0, 3.25, 1e21, null, undefined, NaN, Infinity, -Infinity]])).toBe(
      '-5,0,3.25,1e+21,,,,,\r\n',
    );
  });

  it('reads back as the same cells, formulas neutralised', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('', '"', ',', ';', '\t', '\r\n', '\n', '\r', '=1', ' x ', 'Ana;=1+1;'));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const parsed = Papa.parse<string[]>(toCsv(rows), { delimiter: ',', newline: '\r\n' }).data;
          const neutral = (c: string) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c).replace(/([;\t\r\n])(?=[=+\-@\t\r])/g, "$1'");
          const expected = rows.map((row) => row.map(neutral));
          expect(parsed.slice(0, -1)).toEqual(expected);
        },
      ),
    );
  });

  it('reads back with ; as the separator with no cell that a spreadsheet would run as a formula', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom(';', ';=1+1', 'a;@x;', ';\t-1', '\n;=2'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const parsed = Papa.parse<string[]>(toCsv(rows), { delimiter: ';', newline: '\r\n' }).data;
        for (const row of parsed) for (const c of row) expect(c).not.toMatch(/^[=+\-@]/);
        // and the same when every line break starts a row
        for (const line of toCsv(rows).split(/\r\n|\r|\n/)) for (const c of line.split(';')) expect(c).not.toMatch(/^[=+\-@]/);
      }),
    );
  });
});
