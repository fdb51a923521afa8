import { beforeEach, describe, expect, it } from 'vitest';
import type { RosterRow, Student } from '../../../shared';
import { matchRoster } from '../../../shared/import/rosterMatch';
import { activeStudentCounts, createClass, listClasses, listReadableClasses } from '../../../renderer/db/classes';
import { db, newId, openDb } from '../../../renderer/db/db';
import { importRosterWithUndo, KEYED_READ_UNTIL, rosterOnFile, type RosterImportProgress } from '../../../renderer/db/rosterImport';
import { schemaVersions } from '../../../renderer/db/schema';
import { addStudentToClass, listRoster, searchStudents } from '../../../renderer/db/students';

// District sizes: the queries behind the class list, the roster, the student picker and the
// roster import read by index, not whole tables, and give what the whole-table reads gave.

const row = (line: number, givenName: string, familyName: string, studentNumber = ''): RosterRow => ({
  line,
  givenName,
  familyName,
  preferredName: '',
  studentNumber,
  email: '',
  section: '',
});

const stored = (givenName: string, familyName: string, studentNumber = '', extra: Partial<Student> = {}): Student => ({
  id: newId(),
  givenName,
  familyName,
  preferredName: '',
  studentNumber,
  email: '',
  notes: '',
  archived: 0,
  createdAt: '2026-09-01T00:00:00.000Z',
  ...extra,
});

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('the class list', () => {
  it('counts each class’s students from the index, archived enrollments left out', async () => {
    const a = await createClass({ name: 'A', subject: '', grade: '', term: '' });
    const b = await createClass({ name: 'B', subject: '', grade: '', term: '' });
    await db.enrollments.bulkAdd([
      { id: 'e1', classId: a, studentId: 's1', section: '', archived: 0 },
      { id: 'e2', classId: a, studentId: 's2', section: '', archived: 1 },
      { id: 'e3', classId: b, studentId: 's1', section: '', archived: 0 },
      { id: 'e4', classId: b, studentId: 's3', section: '', archived: 0 },
    ]);
    expect(Object.fromEntries(await activeStudentCounts())).toEqual({ [a]: 1, [b]: 2 });
  });

  it('counts enrollments an older version wrote without an archived flag once the database is upgraded', async () => {
    const name = `district-upgrade-${newId()}`;
    const v3 = openDb(name, schemaVersions.filter((v) => v.version <= 3));
    await v3.table('enrollments').bulkAdd([
      { id: 'e1', classId: 'c1', studentId: 's1', section: '' },
      { id: 'e2', classId: 'c1', studentId: 's2', section: '', archived: 1 },
    ]);
    v3.close();
    const current = openDb(name);
    await current.open();
    expect(await current.table('enrollments').get('e1')).toMatchObject({ archived: 0 });
    expect(await current.table('enrollments').get('e2')).toMatchObject({ archived: 1 });
    expect(await current.table('enrollments').where('[archived+classId]').equals([0, 'c1']).count()).toBe(1);
    current.close();
  });

  it('sorts classes by name with numbers in order, also after a new name arrives', async () => {
    for (const name of ['Period 10', 'Period 9', 'Algebra 1']) await createClass({ name, subject: '', grade: '', term: '' });
    expect((await listClasses()).map((c) => c.name)).toEqual(['Algebra 1', 'Period 9', 'Period 10']);
    await createClass({ name: 'Period 1', subject: '', grade: '', term: '' });
    expect((await listClasses()).map((c) => c.name)).toEqual(['Algebra 1', 'Period 1', 'Period 9', 'Period 10']);
  });

  it('sorts a district\'s classes, read and ranked a slice at a time, as the collator would in one go', async () => {
    const collator = new Intl.Collator(undefined, { numeric: true });
    const names = Array.from({ length: 3_210 }, (_, i) => `${['Álgebra', 'algebra', 'Zoología', 'Period'][i % 4]} ${(i * 7919) % 3_301}`);
    await db.classes.bulkAdd(names.map((name) => ({ id: newId(), name, subject: '', grade: '', term: '', archived: 0 as const, createdAt: '2026-01-01T00:00:00.000Z' })));
    const listed = (await listClasses()).map((c) => c.name);
    expect(listed).toEqual([...names].sort(collator.compare));
    expect((await listReadableClasses()).classes.map((c) => c.name)).toEqual(listed);
  });
});

describe('the roster', () => {
  it('sorts by family then given name in the collator’s order, however the students were read', async () => {
    const classId = await createClass({ name: 'A', subject: '', grade: '', term: '' });
    const names = [['Émile', 'Zola'], ['Ana', 'Álvarez'], ['Ben', 'alvarez'], ['Zoë', 'Álvarez'], ['Ana', 'Brown']];
    for (const [g, f] of names) await addStudentToClass(classId, { givenName: g!, familyName: f!, preferredName: '', studentNumber: '', email: '', notes: '' });
    const expected = [...names].sort((x, y) => x[1]!.localeCompare(y[1]!) || x[0]!.localeCompare(y[0]!));
    expect((await listRoster(classId)).map((r) => [r.student.givenName, r.student.familyName])).toEqual(expected);
  });
});

describe('the student picker', () => {
  it('in a district database, finds students by the start of a name or ID, never archived or already enrolled ones', async () => {
    const others = Array.from({ length: 5_001 }, (_, i) => stored(`Given${i}`, `Family${i}`, String(900_000 + i)));
    const maelle = stored('Maëlle', 'Girard', '123456');
    const archived = stored('Maëlle', 'Gauthier', '123457', { archived: 1 });
    const enrolled = stored('Maëlle', 'Garnier', '123458');
    const sam = stored('Samuel', 'Okafor', '', { preferredName: 'Sammy' });
    await db.students.bulkAdd([...others, maelle, archived, enrolled, sam]);
    const names = (list: Student[]) => list.map((s) => `${s.givenName} ${s.familyName}`);
    const exclude = new Set([enrolled.id]);
    expect(names(await searchStudents('maëlle', exclude))).toEqual(['Maëlle Girard']);
    expect(names(await searchStudents('GIRARD', exclude))).toEqual(['Maëlle Girard']);
    expect(names(await searchStudents('Maëlle Girard', exclude))).toEqual(['Maëlle Girard']);
    expect(names(await searchStudents('12345', exclude))).toEqual(['Maëlle Girard']);
    expect(names(await searchStudents('okaf', exclude))).toEqual(['Samuel Okafor']);
    expect(await searchStudents('', exclude, 50)).toHaveLength(50);
  });

  it('in a school database, finds a word from inside a name too', async () => {
    await db.students.bulkAdd([stored('Ana', "Núñez-O'Brien", '1'), stored('Ben', 'Lee', '2')]);
    expect((await searchStudents("o'brien", new Set())).map((s) => s.givenName)).toEqual(['Ana']);
  });
});

describe('the roster import at district size', () => {
  it('reads for the preview only the students the rows can match, and matches them as a whole read would', async () => {
    const classId = await createClass({ name: 'A', subject: '', grade: '', term: '' });
    const many = Array.from({ length: 300 }, (_, i) => stored(`Given${i}`, `Family${i}`, String(10_000 + i)));
    const garcia = stored('Maria', 'Garcia', '');
    await db.students.bulkAdd([...many, garcia, stored('Maria', 'Garcia', '555')]);
    const rows = [row(2, 'Given7', 'Family7', '10007'), row(3, 'Maria', 'Garcia', '777'), row(4, 'New', 'Student', '1')];
    const keyed = await rosterOnFile(classId, rows);
    expect(keyed.students.map((s) => s.studentNumber).sort()).toEqual(['', '10007', '555']);
    const whole = await rosterOnFile(classId);
    expect(whole.students).toHaveLength(302);
    const preview = { rows: rows.map((r) => ({ ...r, accepted: true, problems: [] })), problems: [] };
    expect(matchRoster(preview, keyed)).toEqual(matchRoster(preview, whole));
  });

  it(`imports a file of more than ${KEYED_READ_UNTIL} rows whole, saying how far it is`, async () => {
    const classId = await createClass({ name: 'District', subject: '', grade: '', term: '' });
    await db.students.add(stored('Given3', 'Family3', '3'));
    const rows = Array.from({ length: KEYED_READ_UNTIL + 500 }, (_, i) => row(i + 2, `Given${i}`, `Family${i}`, String(i)));
    const progress: RosterImportProgress[] = [];
    const { outcome, undo } = await importRosterWithUndo(classId, rows, { onProgress: (p) => progress.push(p) });
    expect(outcome).toEqual({ created: rows.length - 1, matched: 1, enrolled: rows.length, conflicts: 0 });
    expect(await db.enrollments.where('classId').equals(classId).count()).toBe(rows.length);
    expect(undo.addedStudentIds).toHaveLength(rows.length - 1);
    expect(progress[0]).toEqual({ step: 'matching', done: 0, total: rows.length });
    const saving = progress.filter((p) => p.step === 'saving');
    expect(saving.length).toBeGreaterThan(1);
    expect(saving[saving.length - 1]).toEqual({ step: 'saving', done: rows.length * 2 - 1, total: rows.length * 2 - 1 });
  });

  it('writes nothing when stopped half-way', async () => {
    const classId = await createClass({ name: 'District', subject: '', grade: '', term: '' });
    const before = await db.students.count();
    const rows = Array.from({ length: KEYED_READ_UNTIL + 3_000 }, (_, i) => row(i + 2, `Given${i}`, `Family${i}`, String(i)));
    const stop = new AbortController();
    const importing = importRosterWithUndo(classId, rows, {
      signal: stop.signal,
      onProgress: (p) => {
        // After the first chunk of students is written, inside the transaction.
        if (p.step === 'saving' && p.done > 0) stop.abort();
      },
    });
    await expect(importing).rejects.toMatchObject({ name: 'AbortError' });
    expect(await db.students.count()).toBe(before);
    expect(await db.enrollments.where('classId').equals(classId).count()).toBe(0);
  });
});
