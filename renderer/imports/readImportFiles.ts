import {
  checkFileSize,
  CSV_IMPORT_MAX_BYTES,
  decodeCsvBytes,
  encodingLabel,
  FileTooLargeError,
  formatMegabytes,
  looksLikeZip,
  unzipChecked,
  type ImportProblem,
  type OpenedFile,
} from '../../shared';

const TOO_LARGE_ADVICE =
  'Ask for an export of your school only (or only your classes), or unzip it and choose just users.csv, classes.csv, enrollments.csv and manifest.csv.';

const isZip = (f: OpenedFile) => /\.zip$/i.test(f.name) || looksLikeZip(f.data);

const wanted = (name: string) => /\.csv$/i.test(name) && !/(^|\/)__MACOSX\//.test(name);

export type CsvFiles = {
  /** File name -> text, each file decoded from whatever encoding it was saved in. */
  texts: Record<string, string>;
  /** Files whose encoding was a guess, for the teacher to check. */
  notes: ImportProblem[];
};

/**
 * The CSV files among what the teacher picked: loose CSVs as they are, a .zip opened here (only
 * its .csv entries; folders kept in the name, Mac "__MACOSX" left out), each entry's checksum
 * checked. Sizes are checked before anything is unpacked or decoded. Throws a plain-words Error
 * when a file is too large or a zip is damaged, so nothing from it is imported.
 */
export function readCsvFiles(picked: OpenedFile[]): CsvFiles {
  const texts: Record<string, string> = {};
  const notes: ImportProblem[] = [];
  const add = (name: string, data: Uint8Array) => {
    if (name in texts) return;
    const decoded = decodeCsvBytes(data);
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
  };
  // Every file is unpacked (zips) and size-checked before any is decoded.
  const files: [string, Uint8Array][] = [];
  for (const file of picked) {
    if (!isZip(file)) {
      checkFileSize({ name: file.name, size: file.data.length }, CSV_IMPORT_MAX_BYTES, TOO_LARGE_ADVICE);
      files.push([file.name, file.data]);
      continue;
    }
    const entries = unzipChecked(file.data, {
      zipName: file.name,
      include: wanted,
      maxTotalBytes: CSV_IMPORT_MAX_BYTES,
      tooLargeAdvice: TOO_LARGE_ADVICE,
    });
    files.push(...Object.entries(entries));
  }
  const total = files.reduce((sum, [, data]) => sum + data.length, 0);
  if (total > CSV_IMPORT_MAX_BYTES) {
    throw new FileTooLargeError(
      `These files come to ${formatMegabytes(total)} of CSV together, more than the ${formatMegabytes(CSV_IMPORT_MAX_BYTES)} Blendwise can import at once. ${TOO_LARGE_ADVICE}`,
    );
  }
  for (const [name, data] of files) add(name, data);
  return { texts, notes };
}
