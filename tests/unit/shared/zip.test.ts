import { crc32 as nodeCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { crc32, listZipEntries, unzipChecked, ZipReadError } from '../../../shared/import/zip';
import { checkFileSize, CSV_IMPORT_MAX_BYTES, FileTooLargeError } from '../../../shared/import/limits';

const USERS = 'sourcedId,givenName,familyName,role\nu1,Aoife,Ní Bhriain,student\nu2,José,Núñez,student\n';
const CLASSES = 'sourcedId,title\nc1,Maths 7\n';

const allCsv = { zipName: 'export.zip', include: (name: string) => name.endsWith('.csv'), maxTotalBytes: CSV_IMPORT_MAX_BYTES, tooLargeAdvice: 'Export less.' };

function exportZip(level: 0 | 6 = 6) {
  return zipSync({ 'oneroster/users.csv': strToU8(USERS), 'oneroster/classes.csv': strToU8(CLASSES), 'readme.txt': strToU8('hello') }, { level });
}

/** The error a call throws, or null. */
function thrown(run: () => unknown): unknown {
  try {
    run();
    return null;
  } catch (error) {
    return error;
  }
}

describe('crc32', () => {
  it('gives the standard check values, and the same as zlib for any bytes, in one go or in parts', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(300), (bytes, cut) => {
        const at = Math.min(cut, bytes.length);
        expect(crc32(bytes)).toBe(nodeCrc32(bytes));
        expect(crc32(bytes.subarray(at), crc32(bytes.subarray(0, at)))).toBe(nodeCrc32(bytes));
      }),
    );
  });
});

describe('unzipChecked', () => {
  it.each([0, 6] as const)('reads the entries it is asked for, stored or deflated (level %i)', (level) => {
    const files = unzipChecked(exportZip(level), allCsv);
    expect(Object.keys(files).sort()).toEqual(['oneroster/classes.csv', 'oneroster/users.csv']);
    expect(new TextDecoder().decode(files['oneroster/users.csv'])).toBe(USERS);
  });

  it('refuses a zip with a flipped byte in an entry, naming the entry', () => {
    for (const level of [0, 6] as const) {
      const zip = exportZip(level);
      const users = listZipEntries(zip, 'export.zip').find((e) => e.name === 'oneroster/users.csv');
      if (!users) throw new Error('no users.csv');
      const dataStart = users.localOffset + 30 + 'oneroster/users.csv'.length;
      zip[dataStart + Math.floor(users.compressedSize / 2)]! ^= 0x20;
      const error = thrown(() => unzipChecked(zip, allCsv));
      expect(error).toBeInstanceOf(ZipReadError);
      expect(error).toMatchObject({ problem: 'damaged', entry: 'oneroster/users.csv' });
      expect((error as Error).message).toContain('"export.zip" is damaged: its file "oneroster/users.csv"');
    }
  });

  it('never returns other bytes than were zipped: any one flipped byte gives the same files or a refusal', () => {
    for (const level of [0, 6] as const) {
      const zip = exportZip(level);
      const expected = unzipChecked(zip, allCsv);
      for (let at = 0; at < zip.length; at++) {
        for (const mask of [0x01, 0x80, 0xff]) {
          const copy = zip.slice();
          copy[at]! ^= mask;
          let files: Record<string, Uint8Array>;
          try {
            files = unzipChecked(copy, allCsv);
          } catch (error) {
            expect(error, `byte ${at} ^ ${mask}`).toBeInstanceOf(ZipReadError);
            continue;
          }
          expect(files, `byte ${at} ^ ${mask}`).toEqual(expected);
        }
      }
    }
  });

  it('refuses, before inflating, a small zip that declares more than the limit, saying the sizes and what to do', () => {
    const zip = zipSync({ 'users.csv': new Uint8Array(3 * 1024 * 1024).fill(0x41) }, { level: 9 });
    expect(zip.length).toBeLessThan(20_000);
    const error = thrown(() => unzipChecked(zip, { ...allCsv, maxTotalBytes: 2 * 1024 * 1024 }));
    expect(error).toMatchObject({ problem: 'too-large', entry: 'users.csv' });
    expect((error as Error).message).toBe(
      '"export.zip" is too large to import: its file "users.csv" unpacks to 3 MB, and Blendwise imports at most 2 MB at once. Export less.',
    );
  });

  it('refuses an entry that inflates to more than its declared size', () => {
    const zip = zipSync({ 'users.csv': strToU8(USERS.repeat(20)) }, { level: 6 });
    const [entry] = listZipEntries(zip, 'export.zip');
    if (!entry) throw new Error('no entry');
    // Lower the declared size in the central directory (the local header's is not used).
    const dir = zip.length - 22 - (46 + 'users.csv'.length);
    expect(new DataView(zip.buffer).getUint32(dir + 24, true)).toBe(entry.size);
    new DataView(zip.buffer).setUint32(dir + 24, 10, true);
    expect(thrown(() => unzipChecked(zip, allCsv))).toMatchObject({ problem: 'damaged' });
  });

  it('says plainly when the bytes are not a zip at all', () => {
    const error = thrown(() => unzipChecked(strToU8('sourcedId,givenName\n'), allCsv));
    expect(error).toMatchObject({ problem: 'not-zip' });
    expect((error as Error).message).toContain('"export.zip" is not a zip file');
  });
});

describe('checkFileSize', () => {
  it('passes a file at the limit and refuses one over it with its size, the limit and what to do', () => {
    expect(() => checkFileSize({ name: 'roster.csv', size: 100 }, 100)).not.toThrow();
    const error = thrown(() => checkFileSize({ name: 'district.zip', size: 150 * 1024 * 1024 }, 100 * 1024 * 1024, 'Export one school.'));
    expect(error).toBeInstanceOf(FileTooLargeError);
    expect((error as Error).message).toBe('"district.zip" is 150 MB, more than the 100 MB Blendwise can import at once. Export one school.');
  });
});
