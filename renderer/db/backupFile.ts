// Reading a backup file before anything is written: a file picked from disk may be anything at
// all (a plan, a settings file, a backup cut short, one from a newer Blendwise), so it is checked
// whole first and refused in plain words. Pure: no database here, only the declared schema.
import { z } from 'zod';
import { isRecordTable, MAX_OPEN_FILE_BYTES, recordDecoders, utf8Length } from '../../shared';
import { schemaVersions, type SchemaVersion } from './schema';
import { DERIVED_TABLES } from './cellsRebuild';

export const BACKUP_FORMAT = 'blendwise-backup';
export const BACKUP_FORMAT_VERSION = 1;

export type BackupRow = Record<string, unknown>;

export type Backup = {
  formatVersion: number;
  /** the Dexie schema version of the database it was taken from */
  schemaVersion: number;
  appVersion: string;
  exportedAt: string;
  tables: Record<string, BackupRow[]>;
};

export type ReadBackupResult = { ok: true; backup: Backup } | { ok: false; problem: string };

/** What the confirmation shows, in this order, and the table each count comes from. */
export const COUNTED = [
  ['classes', 'classes'],
  ['students', 'students'],
  ['skills', 'skills'],
  ['scores', 'evidence'],
  ['goals', 'goals'],
  ['groupings', 'groupings'],
  ['plans', 'plans'],
  ['reviews', 'reviews'],
] as const;

export type CountName = (typeof COUNTED)[number][0];
export type BackupCounts = Record<CountName, number>;

/** How many classes, students, skills, … the tables hold (a table that is absent holds none). */
export function countRows(tables: Readonly<Record<string, readonly unknown[] | undefined>>): BackupCounts {
  const counts = {} as BackupCounts;
  for (const [name, table] of COUNTED) counts[name] = Object.hasOwn(tables, table) ? (tables[table]?.length ?? 0) : 0;
  return counts;
}

export function latestVersion(versions: readonly SchemaVersion[] = schemaVersions): number {
  return Math.max(...versions.map((v) => v.version));
}

/** The tables a database of `version` holds, each with its Dexie store spec (a null spec drops a table). */
export function tablesAt(version: number, versions: readonly SchemaVersion[] = schemaVersions): Map<string, string> {
  const tables = new Map<string, string>();
  for (const v of [...versions].sort((a, b) => a.version - b.version)) {
    if (v.version > version) break;
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null) tables.delete(name);
      else tables.set(name, spec);
    }
  }
  return tables;
}

/** The key paths of a store's primary key: 'id' -> ['id'], '[a+b], x' -> ['a', 'b']. */
export function primaryKeyPaths(spec: string): string[] {
  const first = (spec.split(',')[0] ?? '').trim().replace(/^(\+\+|&|\*)/, '');
  const bare = first.startsWith('[') && first.endsWith(']') ? first.slice(1, -1) : first;
  return bare.split('+').map((p) => p.trim()).filter(Boolean);
}

/** True when rows from `fromVersion` must go through an upgrade function to fit the current schema. */
export function needsUpgrade(fromVersion: number, versions: readonly SchemaVersion[] = schemaVersions): boolean {
  return versions.some((v) => v.version > fromVersion && v.upgrade);
}

const PICK_AGAIN = 'Pick the .json file that Blendwise saved with “Save a backup” (its name starts with “Blendwise backup”).';
const OTHER_COPY = 'Try another copy of the backup, if you have one.';

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? `${Math.round(mb)} MB` : `${Math.round(mb * 10) / 10} MB`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const OTHER_FORMATS: Record<string, string> = {
  'blendwise-plan': 'This is a Blendwise plan file, not a backup: open it from Plans or Reviews instead.',
  'blendwise-review': 'This is a Blendwise review file, not a backup: open it from the review screen of its plan instead.',
};

const keySchema = z.union([z.string(), z.number()]);

const envelopeSchema = z.object({
  appVersion: z.string().max(64),
  exportedAt: z.string().max(64),
  tables: z.record(z.string(), z.array(z.unknown())),
});

function describeKey(key: unknown): string {
  const text = typeof key === 'string' ? key : JSON.stringify(key);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * The first row of a table that its record's schema refuses, as 'students row 3: givenName:
 * expected text, got an object' (rows counted from 1 within the table); null when every row reads.
 * Rows of derived tables (rebuilt from the records after a restore) are not records: not checked.
 */
export function rowProblem(table: string, rows: readonly unknown[]): string | null {
  if (DERIVED_TABLES.has(table) || !isRecordTable(table)) return null;
  const { check } = recordDecoders[table];
  for (let i = 0; i < rows.length; i++) {
    const read = check(rows[i]);
    if (!read.ok) return `${table} row ${i + 1}: ${read.problem}`;
  }
  return null;
}

/**
 * Checks a backup file's text against the schema this Blendwise knows: size, JSON, format name and
 * version, database version (newer refused, older accepted), every table known, every table of
 * that version present, every row a record with its own unique primary key, and every row's values
 * readable by its record's schema (shared/records): a bad row is named with its table, row number
 * and what is wrong. Never throws.
 */
export function readBackup(
  text: unknown,
  options: { versions?: readonly SchemaVersion[]; maxBytes?: number } = {},
): ReadBackupResult {
  const versions = options.versions ?? schemaVersions;
  const limit = options.maxBytes ?? MAX_OPEN_FILE_BYTES;
  const refuse = (problem: string): ReadBackupResult => ({ ok: false, problem });
  try {
    if (typeof text !== 'string') return refuse(`Nothing could be read from this file. ${PICK_AGAIN}`);
    // A UTF-8 file is never shorter in bytes than in UTF-16 code units, so the quick test comes first.
    const bytes = text.length > limit ? text.length : utf8Length(text);
    if (bytes > limit) {
      return refuse(`This file is ${megabytes(bytes)}, more than the ${megabytes(limit)} Blendwise reads at once. ${PICK_AGAIN}`);
    }
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === '') return refuse(`This file is empty, so it is not a Blendwise backup. ${PICK_AGAIN}`);

    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch {
      if (body.trim().startsWith('{')) {
        return refuse(
          `This backup is damaged: its text is not complete JSON (it may have been cut short while copying, or edited by hand). ${OTHER_COPY}`,
        );
      }
      return refuse(`This is not a Blendwise backup: it is not JSON text. ${PICK_AGAIN}`);
    }

    if (!isRecord(raw)) return refuse(`This is not a Blendwise backup: it holds JSON, but not data Blendwise wrote. ${PICK_AGAIN}`);
    const format = raw.format;
    if (format !== BACKUP_FORMAT) {
      if (typeof format === 'string' && Object.hasOwn(OTHER_FORMATS, format)) return refuse(OTHER_FORMATS[format]!);
      if (typeof format === 'string' && format.startsWith('blendwise')) {
        return refuse(`This is a Blendwise file of another kind (“${format.slice(0, 40)}”), not a backup. ${PICK_AGAIN}`);
      }
      return refuse(`This is not a Blendwise backup: it holds JSON, but not data Blendwise wrote. ${PICK_AGAIN}`);
    }

    const formatVersion = raw.formatVersion;
    if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
      return refuse(`This backup is damaged: it does not say which version of the backup format it is. ${OTHER_COPY}`);
    }
    const latest = latestVersion(versions);
    const schemaVersion = raw.schemaVersion;
    const madeBy = typeof raw.appVersion === 'string' && raw.appVersion ? ` (Blendwise ${raw.appVersion.slice(0, 40)})` : '';
    if (formatVersion > BACKUP_FORMAT_VERSION || (typeof schemaVersion === 'number' && schemaVersion > latest)) {
      return refuse(
        `This backup was made by a newer version of Blendwise${madeBy} than the one on this computer, ` +
          'which cannot read it safely. Update Blendwise on this computer, then restore the backup again.',
      );
    }
    if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
      return refuse(`This backup is damaged: it does not say which database version it was taken from. ${OTHER_COPY}`);
    }

    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success) {
      const field = envelope.error.issues[0]?.path[0];
      return refuse(
        field === 'tables'
          ? `This backup is damaged: it does not hold its tables of data. ${OTHER_COPY}`
          : `This backup is damaged: it does not say when or by which Blendwise it was made. ${OTHER_COPY}`,
      );
    }

    const known = tablesAt(schemaVersion, versions);
    const tables: Record<string, BackupRow[]> = {};
    for (const name of Object.keys(envelope.data.tables)) {
      if (!known.has(name)) {
        return refuse(
          `This backup holds a table Blendwise does not know (“${name.slice(0, 40)}”): it was edited by hand or not made by Blendwise. ${OTHER_COPY}`,
        );
      }
    }
    for (const [name, spec] of known) {
      // Derived tables are not backed up: a restore rebuilds them.
      if (DERIVED_TABLES.has(name)) continue;
      if (!Object.hasOwn(envelope.data.tables, name)) {
        return refuse(`This backup is damaged: its “${name}” table is missing. ${OTHER_COPY}`);
      }
      const keys = primaryKeyPaths(spec);
      const rowSchema = z.looseObject(Object.fromEntries(keys.map((k) => [k, keySchema])));
      const rows = z.array(rowSchema).safeParse(envelope.data.tables[name]);
      if (!rows.success) {
        const [index, field] = rows.error.issues[0]?.path ?? [];
        const row = typeof index === 'number' ? `row ${index + 1} of the “${name}” table` : `the “${name}” table`;
        return refuse(
          field === undefined
            ? `This backup is damaged: ${row} is not a record. ${OTHER_COPY}`
            : `This backup is damaged: ${row} has no usable “${String(field)}”, so it cannot be stored. ${OTHER_COPY}`,
        );
      }
      const seen = new Set<string>();
      for (const row of rows.data) {
        const key = JSON.stringify(keys.map((k) => row[k]));
        if (seen.has(key)) {
          return refuse(
            `This backup is damaged: two rows of the “${name}” table have the same ${keys.join(' + ')} (“${describeKey(keys.length === 1 ? row[keys[0]!] : keys.map((k) => row[k]))}”). ${OTHER_COPY}`,
          );
        }
        seen.add(key);
      }
      const problem = rowProblem(name, rows.data);
      if (problem) {
        return refuse(`This backup holds data Blendwise cannot read (${problem}), so nothing was restored. ${OTHER_COPY}`);
      }
      tables[name] = rows.data;
    }
    return {
      ok: true,
      backup: {
        formatVersion,
        schemaVersion,
        appVersion: envelope.data.appVersion,
        exportedAt: envelope.data.exportedAt,
        tables,
      },
    };
  } catch {
    // Nothing above should throw; a hostile file (nesting deep enough to overflow the stack) still must not.
    return refuse(`This file could not be read: it is damaged or not a Blendwise backup. ${PICK_AGAIN}`);
  }
}
