// Imports from the shared modules themselves, not the shared/ index: this runs in the import
// worker too, which should bundle only what it uses.
import { decodeCsvBytes, encodingLabel } from '../../../shared/import/encoding';
import { notTextKind, officeInZip } from '../../../shared/import/fileKind';
import { checkFileSize, CSV_IMPORT_MAX_BYTES, FileTooLargeError, formatMegabytes } from '../../../shared/import/limits';
import type { ImportProblem } from '../../../shared/import/problems';
import { listZipEntries, looksLikeZip, unzipChecked } from '../../../shared/import/zip';
import type { OpenedFile } from '../../../shared/bridge';

const TOO_LARGE_ADVICE =
  'Ask for an export of your school only (or only your classes), or unzip it and choose just users.csv, classes.csv, enrollments.csv and manifest.csv.';

const EXPORT_IS =
  'A roster export from the school system is a .zip file, or the CSV files inside it (users.csv, classes.csv, enrollments.csv and manifest.csv).';

const isZip = (f: OpenedFile) => /\.zip$/i.test(f.name) || looksLikeZip(f.data);

const wanted = (name: string) => /\.csv$/i.test(name) && !/(^|\/)__MACOSX\//.test(name);

/** A picked file that is not what a roster import reads; the message says what it is instead. */
export class NotRosterFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotRosterFileError';
  }
}

export type CsvFiles = {
  /** File name -> text, each file decoded from whatever encoding it was saved in. */
  texts: Record<string, string>;
  /** Files whose encoding was a guess, for the teacher to check. */
  notes: ImportProblem[];
};

/** Told as each file is decoded: its name and how far through all the bytes the reading is. */
export type ReadProgress = (name: string, fraction: number) => void;

function refuseIfNotText(name: string, data: Uint8Array, inZip?: string) {
  const kind = notTextKind(data);
  if (!kind || (kind.kind === 'zip' && !inZip)) return;
  const what = inZip ? `"${name}" in "${inZip}"` : `"${name}"`;
  if (kind.kind === 'pdf') {
    throw new NotRosterFileError(
      `${what} is a PDF document, not a roster export, so nothing was imported. ${EXPORT_IS} Ask the school office for the OneRoster (or School Data Sync) export and choose that.`,
    );
  }
  const isCsvName = /\.csv$/i.test(name);
  const label = kind.kind === 'binary' ? 'not text at all (it may be a program file or damaged)' : kind.label;
  throw new NotRosterFileError(
    `${what} is ${label}${isCsvName ? ', not a CSV file, although its name ends in .csv' : ''}, so nothing was imported. ${EXPORT_IS} Export ${isCsvName ? `"${name}"` : 'the roster'} again from the school system and choose it.`,
  );
}

/**
 * The CSV files among what the teacher picked: loose CSVs as they are, a .zip opened here (only
 * its .csv entries; folders kept in the name, Mac "__MACOSX" left out), each entry's checksum
 * checked. Sizes are checked before anything is unpacked or decoded, and every file is checked
 * to be text. Throws a plain-words Error when a file is too large, a zip is damaged, or a file is
 * something else (a PDF, a picture), so nothing from it is imported.
 */
export function readCsvFiles(picked: OpenedFile[], onProgress?: ReadProgress): CsvFiles {
  const texts: Record<string, string> = {};
  const notes: ImportProblem[] = [];
  // Every file is unpacked (zips) and size-checked before any is decoded.
  const files: [string, Uint8Array][] = [];
  for (const file of picked) {
    if (!isZip(file)) {
      checkFileSize({ name: file.name, size: file.data.length }, CSV_IMPORT_MAX_BYTES, TOO_LARGE_ADVICE);
      refuseIfNotText(file.name, file.data);
      files.push([file.name, file.data]);
      continue;
    }
    const entries = unzipChecked(file.data, {
      zipName: file.name,
      include: wanted,
      maxTotalBytes: CSV_IMPORT_MAX_BYTES,
      tooLargeAdvice: TOO_LARGE_ADVICE,
    });
    const names = Object.keys(entries);
    if (names.length === 0) {
      const office = officeInZip(listZipEntries(file.data, file.name).map((e) => e.name));
      throw new NotRosterFileError(
        office
          ? `"${file.name}" is ${office}, not a roster export, so nothing was imported. ${EXPORT_IS} If the roster is in a spreadsheet, import it with "Import roster CSV" on the class instead.`
          : `"${file.name}" holds no CSV files, so nothing was imported. ${EXPORT_IS}`,
      );
    }
    for (const name of names) refuseIfNotText(name.split('/').pop() || name, entries[name]!, file.name);
    files.push(...Object.entries(entries));
  }
  const total = files.reduce((sum, [, data]) => sum + data.length, 0);
  if (total > CSV_IMPORT_MAX_BYTES) {
    throw new FileTooLargeError(
      `These files come to ${formatMegabytes(total)} of CSV together, more than the ${formatMegabytes(CSV_IMPORT_MAX_BYTES)} Blendwise can import at once. ${TOO_LARGE_ADVICE}`,
    );
  }
  let done = 0;
  for (const [name, data] of files) {
    if (name in texts) continue;
    onProgress?.(name, done / Math.max(1, total));
    const decoded = decodeCsvBytes(data);
    done += data.length;
    texts[name] = decoded.text;
    if (!decoded.confident) {
      notes.push({
        file: name,
        line: 1,
        severity: 'warning',
        message:
          decoded.encoding === 'windows-1252'
            ? `This file is not saved as UTF-8, so it was read as ${encodingLabel('windows-1252')}: check that names with accents look right after the import.`
            : 'Some characters in this file could not be read as UTF-8: the rows that hold them are listed here.',
      });
    }
  }
  return { texts, notes };
}
