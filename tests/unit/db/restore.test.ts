import type { Table } from 'dexie';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupJson } from '../../../renderer/db/backup';
import { countRows, latestVersion, primaryKeyPaths, readBackup, rowProblem, tablesAt, type Backup } from '../../../renderer/db/backupFile';
import { DERIVED_TABLES } from '../../../renderer/db/cellsRebuild';
import { db } from '../../../renderer/db/db';
import { getPlan } from '../../../renderer/db/plans';
import { putBack, restoreBackup, RestoreStopped, upgradeTables, type Snapshot } from '../../../renderer/db/restore';
import { loadSampleClass } from '../../../renderer/db/sample';
import { schemaVersions, type SchemaVersion } from '../../../renderer/db/schema';
import { writtenBy } from './dbFixtures';

const TODAY = '2026-10-14';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  await db.delete();
});

/** Every table as it is now. */
async function everything(): Promise<Snapshot> {
  const all: Snapshot = {};
  // The derived tables are rebuilt by a restore (tests/unit/db/cells.test.ts checks them).
  for (const table of db.tables) if (!DERIVED_TABLES.has(table.name)) all[table.name] = await table.toArray();
  return all;
}

/** The sample class plus one record in every table, the way each schema version wrote it. */
async function fillEveryTable(): Promise<void> {
  await loadSampleClass(TODAY);
  for (const tables of Object.values(writtenBy)) {
    for (const [name, rows] of Object.entries(tables)) await db.table(name).bulkAdd(structuredClone(rows));
  }
}

/** A backup file's JSON, edited by `change`. */
type RawBackup = Record<string, unknown> & { tables?: Record<string, Record<string, unknown>[]> };

async function editedBackup(change: (raw: RawBackup) => void): Promise<string> {
  const raw = JSON.parse(await backupJson('1.2.3')) as RawBackup;
  change(raw);
  return JSON.stringify(raw);
}

/** What the Settings screen does with a picked file: read it, and restore only what reads. */
async function attempt(text: string): Promise<string | null> {
  const read = readBackup(text);
  if (!read.ok) return read.problem;
  await restoreBackup(read.backup);
  return null;
}

function backupOf(version: number, tables: Backup['tables']): Backup {
  return { formatVersion: 1, schemaVersion: version, appVersion: '0.9.0', exportedAt: '2026-09-30T12:00:00.000Z', tables };
}

describe('restoring a backup', () => {
  it('gives back identical tables after backup, clear and restore', async () => {
    await fillEveryTable();
    const before = await everything();
    const text = await backupJson('1.2.3');

    await db.delete();
    await db.open();
    expect(await db.students.count()).toBe(0);

    const read = readBackup(text);
    if (!read.ok) throw new Error(read.problem);
    expect(read.backup.appVersion).toBe('1.2.3');
    expect(read.backup.schemaVersion).toBe(latestVersion());
    expect(countRows(read.backup.tables)).toEqual({
      classes: 2,
      students: 29,
      skills: before.skills!.length,
      scores: before.evidence!.length,
      goals: 1,
      groupings: 1,
      plans: 1,
      reviews: 1,
    });
    await restoreBackup(read.backup);
    expect(await everything()).toEqual(before);
  });

  it('says how far it has written, slice by slice, up to every row of the backup', async () => {
    await loadSampleClass(TODAY);
    const raw = JSON.parse(await backupJson('1.2.3')) as RawBackup;
    // More scores than one slice, so the restore pauses and reports between slices.
    const evidence = raw.tables!.evidence!;
    const extra = Array.from({ length: 2500 }, (_, i) => ({ ...evidence[i % evidence.length]!, id: `extra-${i}` }));
    raw.tables!.evidence = [...evidence, ...extra];
    const read = readBackup(JSON.stringify(raw));
    if (!read.ok) throw new Error(read.problem);
    const total = Object.entries(read.backup.tables)
      .filter(([name]) => !DERIVED_TABLES.has(name))
      .reduce((n, [, rows]) => n + rows.length, 0);

    const seen: [number, number][] = [];
    await restoreBackup(read.backup, (written, of) => {
      seen.push([written, of]);
    });
    expect(seen.every(([, of]) => of === total)).toBe(true);
    expect(seen[0]![0]).toBe(0);
    expect(seen.at(-1)![0]).toBe(total);
    expect(seen.map(([w]) => w)).toEqual([...seen.map(([w]) => w)].sort((a, b) => a - b));
    expect(seen.length).toBeGreaterThan(3);
    expect(await db.evidence.count()).toBe(evidence.length + 2500);
  });

  it('stopped half-way, leaves everything as it was', async () => {
    await loadSampleClass(TODAY);
    const here = await everything();
    const raw = JSON.parse(await backupJson('1.2.3')) as RawBackup;
    raw.tables!.evidence = Array.from({ length: 3000 }, (_, i) => ({ ...raw.tables!.evidence![0]!, id: `other-${i}` }));
    const read = readBackup(JSON.stringify(raw));
    if (!read.ok) throw new Error(read.problem);
    await expect(restoreBackup(read.backup, (written) => written < 1500)).rejects.toBeInstanceOf(RestoreStopped);
    expect(await everything()).toEqual(here);
  });

  it('reads a backup that starts with a byte order mark', async () => {
    await fillEveryTable();
    const read = readBackup(`\uFEFF${await backupJson('1.2.3')}`);
    expect(read.ok).toBe(true);
  });

  const refusals: [string, () => Promise<string>, RegExp][] = [
    ['a file cut short', async () => (await backupJson('1.2.3')).slice(0, 5000), /damaged: its text is not complete JSON/],
    ['an empty file', async () => '  \n', /empty/],
    ['a CSV file', async () => 'name,score\nAna,3\n', /not a Blendwise backup: it is not JSON text/],
    ['a foreign JSON file', async () => JSON.stringify({ name: 'my-app', dependencies: { zod: '4' } }), /not a Blendwise backup/],
    ['a JSON array', async () => '[1, 2, 3]', /not a Blendwise backup/],
    ['a plan file', async () => JSON.stringify({ format: 'blendwise-plan', formatVersion: 1 }), /plan file, not a backup/],
    [
      'a backup from a newer database version',
      () => editedBackup((raw) => (raw.schemaVersion = latestVersion() + 1)),
      /newer version of Blendwise \(Blendwise 1\.2\.3\).*Update Blendwise on this computer/,
    ],
    ['a backup in a newer format', () => editedBackup((raw) => (raw.formatVersion = 2)), /newer version of Blendwise/],
    ['a backup without a database version', () => editedBackup((raw) => delete raw.schemaVersion), /does not say which database version/],
    ['a backup without a format version', () => editedBackup((raw) => delete raw.formatVersion), /does not say which version of the backup format/],
    ['a backup without tables', () => editedBackup((raw) => delete raw.tables), /does not hold its tables/],
    ['a backup without its date', () => editedBackup((raw) => (raw.exportedAt = 12)), /does not say when/],
    ['a row without its key', () => editedBackup((raw) => delete raw.tables!.students![3]!.id), /row 4 of the “students” table has no usable “id”/],
    ['a setting without its key', () => editedBackup((raw) => raw.tables!.settings!.push({ value: 1 })), /of the “settings” table has no usable “key”/],
    ['a row that is not a record', () => editedBackup((raw) => (raw.tables!.evidence![0] = 'x' as never)), /row 1 of the “evidence” table is not a record/],
    ['a key that is an object', () => editedBackup((raw) => (raw.tables!.classes![0]!.id = { a: 1 })), /“classes” table has no usable “id”/],
    [
      'two rows with one key',
      () => editedBackup((raw) => raw.tables!.skills!.push({ ...raw.tables!.skills![0] })),
      /two rows of the “skills” table have the same id/,
    ],
    ['an unknown table', () => editedBackup((raw) => (raw.tables!.passwords = [])), /table Blendwise does not know \(“passwords”\)/],
    ['a missing table', () => editedBackup((raw) => delete raw.tables!.goals), /its “goals” table is missing/],
    [
      'a table newer than the backup’s database version',
      () => editedBackup((raw) => (raw.schemaVersion = 1)),
      /table Blendwise does not know \(“plays”\)/,
    ],
    // Values, not only keys: every row goes through its record's schema before anything is written.
    [
      'a student whose given name is an object',
      () => editedBackup((raw) => (raw.tables!.students![2]!.givenName = { first: 'Ana' })),
      /students row 3: givenName: expected text, got an object/,
    ],
    [
      'a score that is text',
      () => editedBackup((raw) => (raw.tables!.evidence![0]!.score = '3')),
      /evidence row 1: score: expected a number, got text \("3"\)/,
    ],
    [
      'a plan body of the wrong shape',
      () => editedBackup((raw) => (raw.tables!.plans![0]!.body = { stations: 'Teacher table, Online' })),
      /plans row 1: body\.stations: expected a list, got text/,
    ],
    [
      'a goal whose skills are not a list',
      () => editedBackup((raw) => (raw.tables!.goals![0]!.skills = { skillId: 'sk1', target: 3 })),
      /goals row 1: skills: expected a list, got an object/,
    ],
    [
      'a setting whose value does not fit its key',
      () => editedBackup((raw) => (raw.tables!.settings!.find((row) => row.key === 'firstRunDone')!.value = 'yes')),
      /settings row \d+: value: expected true or false/,
    ],
  ];
  for (const [what, file, problem] of refusals) {
    it(`refuses ${what} and changes nothing`, async () => {
      await fillEveryTable();
      const text = await file();
      const before = await everything();
      expect(await attempt(text)).toMatch(problem);
      expect(await everything()).toEqual(before);
    });
  }

  it('accepts a plan with body {} from an old database, and the plan reads as a whole plan', async () => {
    await fillEveryTable();
    const text = await editedBackup((raw) => {
      const plan = raw.tables!.plans![0]!;
      plan.body = {};
      delete plan.groupingId;
    });
    expect(await attempt(text)).toBeNull();
    const plan = await getPlan(String(JSON.parse(text).tables.plans[0].id));
    expect(plan?.body.stations).toEqual([]);
    expect(plan?.body.groups).toEqual([]);
    expect(plan?.body.dates).toEqual([plan?.date]);
    expect(plan?.body.start).toBe('09:00');
  });

  it('names the row of the table it refuses, counting from 1 within that table', () => {
    expect(rowProblem('students', [{ id: 'a', givenName: 'A', familyName: 'B', createdAt: 'x' }, { id: 'b', givenName: 1 }])).toBe(
      'students row 2: givenName: expected text, got the number 1',
    );
    expect(rowProblem('students', [{ id: 'a', givenName: 'A', familyName: 'B', createdAt: 'x' }])).toBeNull();
  });

  it('refuses a file over the size limit', () => {
    expect(readBackup('{"format":"blendwise-backup"}', { maxBytes: 10 })).toEqual({
      ok: false,
      problem: expect.stringMatching(/more than the .* Blendwise reads at once/),
    });
  });

  it('leaves everything as it was when a write fails half-way (a clash on a unique index)', async () => {
    await fillEveryTable();
    const before = await everything();
    // Two enrollments of one student in one class: the keys differ, so it reads, but
    // the unique [classId+studentId] index refuses it after classes and students were replaced.
    const text = await editedBackup((raw) => raw.tables!.enrollments!.push({ ...raw.tables!.enrollments![0], id: 'other' }));
    const read = readBackup(text);
    if (!read.ok) throw new Error(read.problem);
    await expect(restoreBackup(read.backup)).rejects.toThrow(/Nothing on this computer was changed/);
    expect(await everything()).toEqual(before);
  });

  it('leaves everything as it was when the disk fails half-way', async () => {
    await fillEveryTable();
    const text = await backupJson('1.2.3');
    await db.students.clear();
    const before = await everything();
    const read = readBackup(text);
    if (!read.ok) throw new Error(read.problem);
    // Tables come as fresh objects from db.tables, so the failure goes on the shared prototype.
    const proto = Object.getPrototypeOf(db.plans) as Table;
    const bulkAdd = proto.bulkAdd;
    vi.spyOn(proto, 'bulkAdd').mockImplementation(function (this: Table, ...args: Parameters<Table['bulkAdd']>) {
      return this.name === 'plans' ? Promise.reject(new Error('disk full')) : bulkAdd.apply(this, args);
    } as Table['bulkAdd']);
    await expect(restoreBackup(read.backup)).rejects.toThrow(/could not store the backup \(disk full\)/);
    expect(await everything()).toEqual(before);
  });

  it('puts the previous data back on undo', async () => {
    await fillEveryTable();
    const before = await everything();
    const previous = await restoreBackup(backupOf(1, structuredClone(writtenBy[1]!)));
    expect(await db.students.count()).toBe(1);
    expect(previous).toEqual(before);

    // Putting back a district's data takes a while: it says how far it has got, to the last row.
    const seen: [number, number][] = [];
    await putBack(previous, (written, of) => void seen.push([written, of]));
    expect(await everything()).toEqual(before);
    const rows = Object.values(before).reduce((n, table) => n + table.length, 0);
    expect(seen.at(-1)).toEqual([rows, rows]);
  });
});

describe('backups from older versions', () => {
  it('accepts a version 1 backup: its tables come back and the later ones are empty', async () => {
    await fillEveryTable();
    const text = JSON.stringify({
      format: 'blendwise-backup',
      formatVersion: 1,
      schemaVersion: 1,
      appVersion: '0.9.0',
      exportedAt: '2026-09-30T12:00:00.000Z',
      tables: writtenBy[1],
    });
    expect(await attempt(text)).toBeNull();
    for (const [name, rows] of Object.entries(writtenBy[1]!)) expect(await db.table(name).toArray()).toEqual(rows);
    expect(await db.plays.count()).toBe(0);
  });

  // A made-up version 3 that changes rows, to show that a backup goes through the same upgrade as a database.
  const withV3 = (upgrade: SchemaVersion['upgrade']): SchemaVersion[] => [
    ...schemaVersions,
    { version: latestVersion() + 1, stores: { students: 'id, studentNumber, archived, familyName, [familyName+givenName], pronouns' }, upgrade },
  ];

  it('upgrades rows the way the database migration does', async () => {
    const versions = withV3(async (tx) => {
      await tx.table('students').toCollection().modify((s: Record<string, unknown>) => void (s.pronouns = ''));
    });
    const old = backupOf(2, { ...structuredClone(writtenBy[1]!), ...structuredClone(writtenBy[2]!) });
    const upgraded = await upgradeTables(old, versions);
    expect(upgraded.students).toEqual([{ ...writtenBy[1]!.students![0], pronouns: '' }]);
    expect(upgraded.plays).toEqual(writtenBy[2]!.plays);
    expect(upgraded.evidence).toEqual(writtenBy[1]!.evidence);
  });

  it('refuses in plain words when the rows cannot be upgraded', async () => {
    const versions = withV3(() => Promise.reject(new Error('a goal has no student')));
    const old = backupOf(2, { ...structuredClone(writtenBy[1]!), ...structuredClone(writtenBy[2]!) });
    await expect(upgradeTables(old, versions)).rejects.toThrow(/older Blendwise \(database version 2\) and could not be brought up to date/);
  });

  it('knows which tables each version holds and their keys', () => {
    expect([...tablesAt(1).keys()]).not.toContain('plays');
    expect([...tablesAt(2).keys()]).toContain('plays');
    expect(primaryKeyPaths(tablesAt(2).get('settings')!)).toEqual(['key']);
    expect(primaryKeyPaths('[a+b], c')).toEqual(['a', 'b']);
    expect(primaryKeyPaths('++id, name')).toEqual(['id']);
  });
});
