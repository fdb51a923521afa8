import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { toCsv } from '../../../shared/csv';
import { readCsvTable } from '../../../shared/import/csvTable';

const lines = (text: string) => readCsvTable(text, 'students.csv').rows.map((r) => r.line);

describe('readCsvTable', () => {
  it('strips a BOM, trims header names and reads CRLF', () => {
    const table = readCsvTable('\uFEFF First Name ,Last Name\r\nAda,Lovelace\r\n', 'students.csv');
    expect(table.headers).toEqual(['First Name', 'Last Name']);
    expect(table.rows).toEqual([{ line: 2, cells: ['Ada', 'Lovelace'] }]);
    expect(table.problems).toEqual([]);
  });

  it('reads LF, CR and mixed line ends alike', () => {
    for (const nl of ['\n', '\r', '\r\n']) expect(lines(`a,b${nl}1,2${nl}3,4`)).toEqual([2, 3]);
    expect(lines('a,b\r\n1,2\n3,4\r5,6')).toEqual([2, 3, 4]);
  });

  it('counts the physical lines a quoted cell spans', () => {
    const table = readCsvTable('name,notes\r\nAda,"first\r\nsecond\r\nthird"\r\nBob,x\r\n', 'f.csv');
    expect(table.rows).toEqual([
      { line: 2, cells: ['Ada', 'first\nsecond\nthird'] },
      { line: 5, cells: ['Bob', 'x'] },
    ]);
  });

  it('skips blank lines, including lines of empty cells, and keeps counting them', () => {
    expect(lines('\n\na,b\n\n1,2\n,\n  \n3,4\n\n')).toEqual([5, 8]);
    expect(readCsvTable('\n\na,b\n1,2', 'f').headers).toEqual(['a', 'b']);
  });

  it('detects semicolon and tab delimiters', () => {
    expect(readCsvTable('a;b\n1;2,5\n', 'f').rows[0]?.cells).toEqual(['1', '2,5']);
    expect(readCsvTable('a\tb\n1\t2\n', 'f').rows[0]?.cells).toEqual(['1', '2']);
    expect(readCsvTable('"x;y",b\n1,2\n', 'f').headers).toEqual(['x;y', 'b']);
    expect(readCsvTable('only\n1\n', 'f').rows[0]?.cells).toEqual(['1']);
  });

  it('pads short rows to the header', () => {
    expect(readCsvTable('a,b,c\n1\n', 'f').rows[0]?.cells).toEqual(['1', '', '']);
  });

  it('reports an empty or header-only file instead of throwing', () => {
    for (const text of ['', '\uFEFF', '\r\n\r\n', ' , ']) {
      const table = readCsvTable(text, 'empty.csv');
      expect(table.rows).toEqual([]);
      expect(table.problems).toMatchObject([{ file: 'empty.csv', line: 1, severity: 'error' }]);
    }
    expect(readCsvTable('a,b\n', 'f').problems).toMatchObject([
      { line: 1, severity: 'error', message: expect.stringMatching(/no rows/) },
    ]);
  });

  it('flags lines with unreadable characters', () => {
    const table = readCsvTable('a,b\nok,fine\nJos\uFFFD,x\n', 'f.csv');
    expect(table.rows).toHaveLength(2);
    expect(table.problems).toEqual([
      {
        file: 'f.csv',
        line: 3,
        severity: 'error',
        message: expect.stringMatching(/^This row has characters that could not be read.*UTF-8/),
      },
    ]);
  });

  it('warns about an unclosed quote', () => {
    expect(readCsvTable('a,b\n1,"oops\n2,3\n', 'f').problems).toMatchObject([
      { line: 2, severity: 'warning' },
    ]);
  });

  it('numbers 100k rows, each line starting where it should', () => {
    const text = 'id,note\r\n' + Array.from({ length: 100_000 }, (_, i) => `${i},"a\r\nb"`).join('\r\n');
    const table = readCsvTable(text, 'big.csv');
    expect(table.rows).toHaveLength(100_000);
    expect(table.rows[99_999]).toEqual({ line: 2 + 2 * 99_999, cells: ['99999', 'a\nb'] });
  });

  it('never throws, and its line numbers always increase', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .array(fc.constantFrom('a', ',', ';', '\t', '"', '\r', '\n', '\uFEFF', '\uFFFD', ' '), {
          maxLength: 60,
        })
        .map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, (t) => {
        const table = readCsvTable(t, 'any.csv');
        const rowLines = table.rows.map((r) => r.line);
        rowLines.forEach((line, i) => expect(line).toBeGreaterThan(i === 0 ? 1 : (rowLines[i - 1] ?? 0)));
        for (const row of table.rows) expect(row.cells.length).toBeGreaterThanOrEqual(table.headers.length);
      }),
      { numRuns: 500 },
    );
  });

  it('reads what toCsv wrote, each row on the line it starts', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('a\r\nb', '\n', '\r', '"', ';', '\t', ' '));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 8 }), (cells) => {
        const rows = cells.map((row, i) => [`r${i}`, ...row]);
        const table = readCsvTable(toCsv([['h1', 'h2'], ...rows]), 'round.csv');
        let line = 2;
        const expected = rows.map((row) => {
          const at = line;
          line += toCsv([row]).match(/\r\n|\r|\n/g)?.length ?? 0;
          // toCsv neutralises a formula at the start of a cell and after a ; tab or line break inside it
          const neutral = (c: string) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c).replace(/([;\t\r\n])(?=[=+\-@\t\r])/g, "$1'");
          const read = row.map((c) => neutral(c).replace(/\r\n?/g, '\n'));
          while (read.length < 2) read.push('');
          return { line: at, cells: read };
        });
        expect(table.rows).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
