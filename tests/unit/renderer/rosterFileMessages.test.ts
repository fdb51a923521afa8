import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { parseOneRoster } from '../../../shared';
import { readCsvFiles } from '../../../renderer/ui/import/readImportFiles';

// A real PNG's first bytes (signature and IHDR), then compressed-looking noise.
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5c, 0x72, 0xa8, 0x66]);
const PDF = strToU8('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
const USERS = 'sourcedId,role,givenName,familyName\r\ns1,student,Aoife,Byrne\r\n';

describe('roster export files that are not what they say', () => {
  it('a PNG named users.csv is told to be a picture, not a CSV, with no advice about saving as UTF-8', () => {
    const read = () => readCsvFiles([{ name: 'users.csv', data: PNG }]);
    expect(read).toThrow('"users.csv" is a PNG picture, not a CSV file, although its name ends in .csv, so nothing was imported.');
    expect(read).not.toThrow(/UTF-8/);
  });

  it('the same PNG inside a zip names the zip too', () => {
    const zip = zipSync({ 'users.csv': PNG, 'classes.csv': strToU8('sourcedId,title\r\nc1,Maths\r\n') });
    expect(() => readCsvFiles([{ name: 'export.zip', data: zip }])).toThrow('"users.csv" in "export.zip" is a PNG picture, not a CSV file');
  });

  it('a PDF given to the roster import says it is a PDF, not a zip or CSV files', () => {
    expect(() => readCsvFiles([{ name: 'class list.pdf', data: PDF }])).toThrow(
      /^"class list\.pdf" is a PDF document, not a roster export, so nothing was imported\. A roster export from the school system is a \.zip file, or the CSV files inside it/,
    );
  });

  it('any other binary file named .csv is not text; a UTF-16 CSV still is', () => {
    const binary = new Uint8Array(256).map((_, i) => (i * 37) % 256);
    expect(() => readCsvFiles([{ name: 'users.csv', data: binary }])).toThrow('"users.csv" is not text at all');
    const utf16 = new Uint8Array(Buffer.from(USERS, 'utf16le'));
    expect(readCsvFiles([{ name: 'users.csv', data: utf16 }]).texts['users.csv']).toBe(USERS);
  });

  it('an Excel workbook chosen as the export is named as one', () => {
    const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    expect(() => readCsvFiles([{ name: 'roster.xlsx', data: xlsx }])).toThrow('"roster.xlsx" is an Excel workbook (.xlsx), not a roster export');
  });

  it('a problem of the whole bundle names a file, never a blank one', () => {
    const r = parseOneRoster({ 'notes.txt': 'hello' });
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) expect(p.file).not.toBe('');
    expect(parseOneRoster({}).problems[0]?.file).toBe('the files chosen');
  });

  it('a U+FFFD in valid UTF-8 is a warning on its line, not an error, and the row imports', () => {
    const files = readCsvFiles([
      { name: 'users.csv', data: strToU8('sourcedId,role,givenName,familyName\r\ns1,student,Ren\uFFFDe,Byrne\r\ns2,student,José,Núñez\r\n') },
    ]);
    expect(files.notes).toEqual([]);
    const r = parseOneRoster({ ...files.texts, 'classes.csv': 'sourcedId,title\r\nc1,Maths\r\n', 'enrollments.csv': 'classSourcedId,userSourcedId,role\r\nc1,s1,student\r\nc1,s2,student\r\n' });
    expect(r.students.map((s) => s.givenName)).toEqual(['Ren\uFFFDe', 'José']);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.problems.filter((p) => p.message.includes('\uFFFD'))).toEqual([expect.objectContaining({ file: 'users.csv', line: 2, severity: 'warning' })]);
  });
});
