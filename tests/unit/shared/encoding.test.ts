import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeCsvBytes, handDecode, type CsvEncoding } from '../../../shared/import/encoding';
import { readCsvTable } from '../../../shared/import/csvTable';

const ROSTER = 'Student ID,First Name,Last Name\r\n1001,Aoife,Ní Bhriain\r\n1002,José,Núñez\r\n';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());
/** Windows-1252 for the characters these tests use (all of them are Latin-1 too). */
const cp1252 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const withBom = (bom: number[], bytes: Uint8Array) => Uint8Array.from([...bom, ...bytes]);

describe('decodeCsvBytes', () => {
  it.each<[string, Uint8Array, CsvEncoding, boolean]>([
    ['UTF-8 without a BOM', utf8(ROSTER), 'utf-8', false],
    ['UTF-8 with a BOM', withBom([0xef, 0xbb, 0xbf], utf8(ROSTER)), 'utf-8', true],
    ['UTF-16 LE with a BOM (Excel "Unicode text")', withBom([0xff, 0xfe], utf16le(ROSTER)), 'utf-16le', true],
    ['UTF-16 BE with a BOM', withBom([0xfe, 0xff], utf16be(ROSTER)), 'utf-16be', true],
    ['UTF-16 LE without a BOM', utf16le(ROSTER), 'utf-16le', false],
    ['UTF-16 BE without a BOM', utf16be(ROSTER), 'utf-16be', false],
  ])('reads %s, sure of it, without the BOM in the text', (_, bytes, encoding, bom) => {
    expect(decodeCsvBytes(bytes)).toEqual({ text: ROSTER, encoding, confident: true, bom });
  });

  it('reads a UTF-16 roster as its 2 students, not garbage rows', () => {
    for (const bytes of [withBom([0xff, 0xfe], utf16le(ROSTER)), utf16le(ROSTER)]) {
      const table = readCsvTable(decodeCsvBytes(bytes).text, 'unicode.txt');
      expect(table.headers).toEqual(['Student ID', 'First Name', 'Last Name']);
      expect(table.rows.map((r) => r.cells)).toEqual([
        ['1001', 'Aoife', 'Ní Bhriain'],
        ['1002', 'José', 'Núñez'],
      ]);
      expect(table.problems).toEqual([]);
    }
  });

  it('falls back on Windows-1252 when the bytes are not UTF-8, and says it is a guess', () => {
    const text = 'Name,Note\r\nJosé Núñez,“quoted” – 5 €\r\n';
    const bytes = Uint8Array.from([...cp1252('Name,Note\r\nJosé Núñez,'), 0x93, ...cp1252('quoted'), 0x94, 0x20, 0x96, ...cp1252(' 5 '), 0x80, 0x0d, 0x0a]);
    expect(decodeCsvBytes(bytes)).toEqual({ text, encoding: 'windows-1252', confident: false, bom: false });
  });

  it('keeps UTF-8 with a damaged byte as UTF-8, marking the byte for the preview', () => {
    const bytes = Uint8Array.from([...utf8('Sofía,Mu'), 0xf1, ...utf8('oz\n')]);
    const decoded = decodeCsvBytes(bytes);
    expect(decoded).toMatchObject({ encoding: 'utf-8', confident: false });
    expect(decoded.text).toBe('Sofía,Mu\uFFFDoz\n');
  });

  it('uses the encoding the teacher chose, but a byte-order mark still decides', () => {
    expect(decodeCsvBytes(utf8('Núñez'), 'windows-1252')).toMatchObject({ text: 'NÃºÃ±ez', encoding: 'windows-1252', confident: true });
    expect(decodeCsvBytes(cp1252('Núñez'), 'utf-8').text).toBe('N\uFFFD\uFFFDez');
    expect(decodeCsvBytes(withBom([0xff, 0xfe], utf16le('Núñez')), 'utf-8')).toMatchObject({ text: 'Núñez', encoding: 'utf-16le' });
  });

  it('reads an empty file, a lone BOM and an odd trailing UTF-16 byte without throwing', () => {
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', confident: true, bom: false });
    expect(decodeCsvBytes(Uint8Array.of(0xef, 0xbb, 0xbf)).text).toBe('');
    expect(decodeCsvBytes(withBom([0xff, 0xfe], Uint8Array.of(0x41, 0x00, 0x42))).text).toBe('A\uFFFD');
  });

  it('never mistakes UTF-16 for UTF-8 or the reverse, for any Latin-script CSV text', () => {
    const cell = fc.string({ unit: fc.constantFrom(...'abcXYZ019 ,;"\r\néñüçøßÑÉ’€—'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), (cells) => {
        const text = `id,name\r\n${cells.join(',')}`;
        expect(decodeCsvBytes(utf8(text))).toMatchObject({ text, encoding: 'utf-8' });
        expect(decodeCsvBytes(utf16le(text))).toMatchObject({ text, encoding: 'utf-16le' });
        expect(decodeCsvBytes(utf16be(text))).toMatchObject({ text, encoding: 'utf-16be' });
      }),
    );
  });

  it('reads any Windows-1252 text with accented letters as Windows-1252', () => {
    const name = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnop ÀÉÍÑÓÚàáéíñóúüç'.split('')), minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 6 }), (names) => {
        const text = `given,family\n${names.join(',')}\nÉamonn,Ó Súilleabháin\n`;
        expect(decodeCsvBytes(cp1252(text))).toMatchObject({ text, encoding: 'windows-1252', confident: false });
      }),
    );
  });

  it('decodes UTF-8 and UTF-16 by hand exactly as the runtime TextDecoder does, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.constantFrom<CsvEncoding>('utf-8', 'utf-16le', 'utf-16be'), (bytes, encoding) => {
        expect(handDecode(bytes, 0, encoding).text).toBe(new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes));
      }),
      { numRuns: 1000 },
    );
  });

  it('decodes every Windows-1252 byte as the WHATWG table says (Node reads 0x80–0x9F as Latin-1)', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = handDecode(all, 0, 'windows-1252').text;
    expect(text.slice(0, 0x80)).toBe(String.fromCharCode(...all.subarray(0, 0x80)));
    expect(text.slice(0x80, 0xa0)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
    expect(text.slice(0xa0)).toBe(String.fromCharCode(...all.subarray(0xa0)));
    expect(decodeCsvBytes(all.subarray(0x80, 0x81), 'windows-1252').text).toBe('€');
  });
});
