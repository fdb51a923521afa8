import { unzipSync } from 'fflate';
import { MAX_OPEN_FILE_BYTES, type OpenedFile } from '../../shared';
import { decodeText } from '../ui/import/decodeText';

const isZip = (f: OpenedFile) =>
  /\.zip$/i.test(f.name) || (f.data.length > 3 && f.data[0] === 0x50 && f.data[1] === 0x4b && f.data[2] === 0x03 && f.data[3] === 0x04);

/**
 * The CSV files among what the teacher picked, file name -> UTF-8 text: loose CSVs as they are,
 * a .zip opened here (only its .csv entries; folders kept in the name, Mac "__MACOSX" left out).
 * Throws a plain-words Error when a zip cannot be opened.
 */
export function readCsvFiles(picked: OpenedFile[]): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (name: string, data: Uint8Array) => {
    if (!(name in out)) out[name] = decodeText(data, 'utf-8').text;
  };
  for (const file of picked) {
    if (!isZip(file)) {
      add(file.name, file.data);
      continue;
    }
    let total = 0;
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(file.data, {
        filter: (entry) => {
          if (!/\.csv$/i.test(entry.name) || /(^|\/)__MACOSX\//.test(entry.name)) return false;
          total += entry.originalSize;
          if (total > MAX_OPEN_FILE_BYTES) throw new Error('too large');
          return true;
        },
      });
    } catch (error) {
      const tooLarge = error instanceof Error && error.message === 'too large';
      throw new Error(
        tooLarge
          ? `${file.name} unpacks to more than ${MAX_OPEN_FILE_BYTES / 1024 / 1024} MB of CSV: that is not a class roster export.`
          : `${file.name} could not be opened as a zip file: it may be damaged. Download the export again, or unzip it and choose the CSV files.`,
        { cause: error },
      );
    }
    for (const [name, data] of Object.entries(entries)) add(name, data);
  }
  return out;
}
