import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readCsvFiles } from '../../../renderer/ui/import/readImportFiles';

const USERS = 'sourcedId,givenName,familyName\r\ns1,Aoife,Ní Bhriain\r\ns2,José,Núñez\r\n';
const cp1252 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const utf16 = (text: string) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));

describe('readCsvFiles', () => {
  it('decodes every CSV of a zip and loose CSVs by their own encoding, and notes the guesses', () => {
    const zip = zipSync({ 'export/users.csv': cp1252(USERS), 'export/classes.csv': strToU8('sourcedId,title\r\nc1,Gaeilge 7\r\n'), '__MACOSX/export/._users.csv': strToU8('x') });
    const { texts, notes } = readCsvFiles([
      { name: 'export.zip', data: zip },
      { name: 'enrollments.csv', data: utf16('sourcedId,classSourcedId\r\n') },
    ]);
    expect(texts).toEqual({
      'export/users.csv': USERS,
      'export/classes.csv': 'sourcedId,title\r\nc1,Gaeilge 7\r\n',
      'enrollments.csv': 'sourcedId,classSourcedId\r\n',
    });
    expect(notes).toEqual([expect.objectContaining({ file: 'export/users.csv', severity: 'warning', message: expect.stringContaining('read as Windows-1252') })]);
  });

  it('refuses a damaged zip, naming the entry, and a CSV over the limit, before decoding', () => {
    // { mtime } fixed so no header byte depends on the clock; the flipped byte is found inside the stored text.
    const zip = zipSync({ 'users.csv': [strToU8(USERS), { mtime: new Date(2026, 0, 1) }] }, { level: 0 });
    zip[Buffer.from(zip).indexOf('Aoife')]! ^= 0x01;
    expect(() => readCsvFiles([{ name: 'export.zip', data: zip }])).toThrow('"export.zip" is damaged: its file "users.csv"');
    const huge = { name: 'users.csv', data: new Uint8Array(101 * 1024 * 1024) };
    expect(() => readCsvFiles([huge])).toThrow('"users.csv" is 101 MB, more than the 100 MB Blendwise can import at once.');
  });
});
