// Finding the files of a bundle by name, whatever their case or folder, and reading manifest.csv.
import { readCsvTable, type CsvTable } from '../csvTable';
import { headerKey } from '../headers';
import type { ProblemList } from './collector';
import type { OneRosterMode, OneRosterVersion } from './types';

/** Every file a OneRoster 1.0–1.2 bundle may hold, in the spec's spelling, without ".csv". */
export const ONEROSTER_FILES = [
  'manifest',
  'academicSessions',
  'categories',
  'classes',
  'classResources',
  'courses',
  'courseResources',
  'demographics',
  'enrollments',
  'lineItems',
  'lineItemLearningObjectiveIds',
  'lineItemScoreScales',
  'orgs',
  'resources',
  'results',
  'resultLearningObjectiveIds',
  'resultScoreScales',
  'roles',
  'scoreScales',
  'userProfiles',
  'userResources',
  'users',
] as const;

export type OneRosterFile = (typeof ONEROSTER_FILES)[number];

export type BundleFile = { name: string; text: string };

/** Told while a file is read: its name and how far through it (0..1). */
export type FileProgress = (name: string, fraction: number) => void;

const BY_LOWER = new Map<string, OneRosterFile>(ONEROSTER_FILES.map((f) => [f.toLowerCase(), f]));

/** Picks the OneRoster files out of a file-name -> text record, reporting what it leaves. */
export function findFiles(files: Record<string, string>, problems: ProblemList): Map<OneRosterFile, BundleFile> {
  const found = new Map<OneRosterFile, BundleFile>();
  const notCsv: string[] = [];
  const unknown: string[] = [];
  const entries = files !== null && typeof files === 'object' ? Object.entries(files) : [];
  for (const [path, value] of entries) {
    const name = String(path).split(/[\\/]/).pop() ?? '';
    // Folders, macOS zip leftovers (__MACOSX/, ._x) and hidden files are not part of the bundle.
    if (name === '' || name.startsWith('.') || /(^|[\\/])__MACOSX[\\/]/.test(path)) continue;
    const text = typeof value === 'string' ? value : String(value ?? '');
    const match = /^(.*)\.csv$/i.exec(name);
    if (!match) {
      notCsv.push(name);
      continue;
    }
    const file = BY_LOWER.get((match[1] ?? '').toLowerCase());
    if (file === undefined) {
      unknown.push(name);
      continue;
    }
    const existing = found.get(file);
    if (existing) {
      problems.add(name, 1, 'warning', `There are two "${file}.csv" files ("${existing.name}" and "${name}"); only "${existing.name}" was read.`);
      continue;
    }
    if (name !== `${file}.csv`) {
      problems.add(name, 1, 'warning', `This file is named "${name}"; OneRoster names it "${file}.csv". It was read as that.`);
    }
    found.set(file, { name, text });
  }
  if (notCsv.length > 0) {
    problems.add(notCsv[0] ?? '', 1, 'warning', `Files that are not CSV were ignored: ${list(notCsv)}.`);
  }
  if (unknown.length > 0) {
    problems.add(unknown[0] ?? '', 1, 'warning', `These files are not part of OneRoster and were ignored: ${list(unknown)}.`);
  }
  return found;
}

const list = (names: string[]) =>
  names.slice(0, 8).map((n) => `"${n}"`).join(', ') + (names.length > 8 ? `, and ${names.length - 8} more` : '');

/**
 * Reads a table, but a file with column names and no rows is only a warning here: OneRoster
 * forbids it, yet real exports hold them and nothing is lost by reading nothing.
 */
export function readTable(file: BundleFile, problems: ProblemList, onProgress?: FileProgress): CsvTable {
  onProgress?.(file.name, 0);
  const table = readCsvTable(file.text, file.name, onProgress && ((read, total) => onProgress(file.name, read / Math.max(1, total))));
  onProgress?.(file.name, 1);
  for (const p of table.problems) {
    // A U+FFFD in text that decoded cleanly is a character of the data (a program before put it
    // there), not a reading fault: the row imports as it is, so it is a note, not an error.
    if (p.message.startsWith('This row has characters that could not be read')) {
      problems.row(
        'replacement',
        p.file,
        p.line,
        'warning',
        `Line ${p.line} holds the character "\uFFFD", which stands where another program could not read a letter; the row was imported as it is: check the names on it.`,
      );
      continue;
    }
    if (table.rows.length === 0 && table.headers.length > 0 && p.severity === 'error' && p.message.includes('no rows')) {
      problems.add(p.file, p.line, 'warning', 'This file has column names but no rows, so nothing was read from it (OneRoster leaves such a file out of the bundle).');
    } else problems.add(p.file, p.line, p.severity, p.message);
  }
  return table;
}

export type FileMode = OneRosterMode | 'absent';

export type Manifest = {
  /** undefined when the manifest does not say, or says something unknown */
  version?: OneRosterVersion;
  /** lower-case file name without ".csv" -> what the manifest says of it */
  files: Map<string, FileMode>;
};

export function parseVersion(value: string): OneRosterVersion | undefined {
  const match = /^v?\s*1\s*[.p]\s*([012])(\s*[.p]\s*\d+)*$/i.exec(value.trim());
  if (!match) return undefined;
  return `1.${match[1]}` as OneRosterVersion;
}

export function readManifest(file: BundleFile, problems: ProblemList): Manifest {
  const manifest: Manifest = { files: new Map() };
  const table = readTable(file, problems);
  const warn = (line: number, message: string) => problems.add(file.name, line, 'warning', message);
  let rows = table.rows;
  const [first = '', second = ''] = table.headers;
  if (headerKey(first) !== 'propertyname' || headerKey(second) !== 'value') {
    if (first.includes('.')) {
      warn(1, 'The manifest has no "propertyName,value" header line; its first line was read as a property.');
      rows = [{ line: 1, cells: table.headers }, ...rows];
    } else if (table.headers.length > 0) {
      warn(1, `The manifest's columns should be "propertyName,value" but are ${table.headers.slice(0, 3).map((h) => `"${h}"`).join(',')}; the first two columns were read as them.`);
    }
  }

  const blank: string[] = [];
  let sawVersion = false;
  for (const { line, cells } of rows) {
    const property = (cells[0] ?? '').trim();
    const value = (cells[1] ?? '').trim();
    const key = property.toLowerCase();
    if (key === 'oneroster.version') {
      sawVersion = true;
      manifest.version = parseVersion(value);
      if (manifest.version === undefined) {
        warn(line, `The manifest gives the OneRoster version as "${value}", which Blendwise does not know (it reads 1.0, 1.1 and 1.2); the version was guessed from the files.`);
      } else if (!/^1\.(0|1|2)(\.\d+)?$/.test(value)) {
        warn(line, `The manifest writes the OneRoster version as "${value}"; it was read as ${manifest.version}.`);
      }
    } else if (key === 'manifest.version') {
      if (value !== '1.0') warn(line, `The manifest version is "${value}" where OneRoster writes "1.0"; the manifest was read anyway.`);
    } else if (key.startsWith('file.')) {
      const name = key.slice('file.'.length);
      const mode = value.toLowerCase();
      if (mode === 'bulk' || mode === 'delta' || mode === 'absent') {
        if (value !== mode) warn(line, `"${property}" is "${value}" where OneRoster writes "${mode}"; it was read as that.`);
        manifest.files.set(name, mode);
      } else if (value === '') blank.push(property);
      else warn(line, `"${property}" is "${value}", which is not bulk, delta or absent; the file was read as bulk if it is there.`);
    }
  }
  if (blank.length > 0) {
    warn(1, `The manifest leaves ${list(blank)} without a value (bulk, delta or absent); ${blank.length === 1 ? 'it was' : 'they were'} read as absent unless the file is there.`);
  }
  if (!sawVersion && table.headers.length > 0) {
    warn(1, 'The manifest has no "oneroster.version" line; the version was guessed from the files.');
  }
  return manifest;
}
