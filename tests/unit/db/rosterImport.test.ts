import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RosterRow } from '../../../shared';
import { createClass } from '../../../renderer/db/classes';
import { db, newId, nowIso } from '../../../renderer/db/db';
import { importRoster, importRosterWithUndo, undoRosterImport } from '../../../renderer/db/rosterImport';
import { addStudentToClass, listRoster } from '../../../renderer/db/students';

const row = (line: number, givenName: string, familyName: string, studentNumber = '', section = ''): RosterRow => ({
  line,
  givenName,
  familyName,
  preferredName: '',
  studentNumber,
  email: '',
  section,
});

async function snapshot() {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => vi.restoreAllMocks());

describe('importRoster', () => {
  it('adds new students and enrolls them, keeping ids as written', async () => {
    const classId = await createClass({ name: '6A', subject: '', grade: '', term: '' });
    const result = await importRoster(classId, [row(2, 'Zoë', 'Lindqvist', '004512', 'P2'), row(3, 'Seán', "O'Neil", '000001')]);
    expect(result).toEqual({ created: 2, matched: 0, enrolled: 2 });
    const roster = await listRoster(classId);
    expect(roster.map((r) => r.student.studentNumber).sort()).toEqual(['000001', '004512']);
    expect(roster.find((r) => r.student.givenName === 'Zoë')!.enrollment.section).toBe('P2');
  });

  it('matches a student already on file by id, else by exact name, and never duplicates', async () => {
    const classA = await createClass({ name: 'A', subject: '', grade: '', term: '' });
    const classB = await createClass({ name: 'B', subject: '', grade: '', term: '' });
    await addStudentToClass(classA, { givenName: 'Ana', familyName: 'Núñez', preferredName: '', studentNumber: '77', email: '', notes: 'typed by hand' });
    await addStudentToClass(classA, { givenName: 'Ben', familyName: 'Okafor', preferredName: '', studentNumber: '', email: '', notes: '' });

    const result = await importRoster(classB, [
      row(2, 'Ana María', 'Núñez', '77'), // same id, different spelling: same student
      row(3, 'Ben', 'Okafor', '88'), // no id on file, same exact name: same student, id filled in
      row(4, 'ben', 'okafor'), // not the exact name: a new student
    ]);
    expect(result).toEqual({ created: 1, matched: 2, enrolled: 3 });
    expect(await db.students.count()).toBe(3);
    const ben = await db.students.where('studentNumber').equals('88').first();
    expect(ben?.givenName).toBe('Ben');
    const ana = await db.students.where('studentNumber').equals('77').first();
    expect(ana?.givenName).toBe('Ana');
    expect(ana?.notes).toBe('typed by hand');

    // Importing the same file again changes nothing.
    const again = await importRoster(classB, [row(2, 'Ana María', 'Núñez', '77'), row(3, 'Ben', 'Okafor', '88'), row(4, 'ben', 'okafor')]);
    expect(again).toEqual({ created: 0, matched: 3, enrolled: 0 });
    expect(await db.enrollments.count()).toBe(5);
  });

  it('leaves the database exactly as it was when the import fails midway', async () => {
    const classId = await createClass({ name: 'A', subject: '', grade: '', term: '' });
    await addStudentToClass(classId, { givenName: 'Kept', familyName: 'Student', preferredName: '', studentNumber: '1', email: '', notes: '' });
    const before = await snapshot();

    // The students are written, then the enrollments fail: nothing of the import may remain.
    vi.spyOn(db.enrollments, 'bulkAdd').mockImplementation((() => Promise.reject(new Error('disk full'))) as unknown as typeof db.enrollments.bulkAdd);
    const rows = Array.from({ length: 300 }, (_, i) => row(i + 2, `Given${i}`, `Family${i}`, String(1000 + i)));
    await expect(importRoster(classId, rows)).rejects.toThrow('disk full');

    vi.restoreAllMocks();
    expect(await snapshot()).toEqual(before);
  });

  it('keeps two students with the same name and different ids apart, and Undo removes exactly the import', async () => {
    const classId = await createClass({ name: '6A', subject: '', grade: '', term: '' });
    await addStudentToClass(classId, { givenName: 'Kept', familyName: 'Student', preferredName: '', studentNumber: '1', email: '', notes: '' });
    const before = await snapshot();

    const { outcome, undo } = await importRosterWithUndo(classId, [
      row(2, 'Maria', 'Garcia', '1001'),
      row(3, 'Maria', 'Garcia', '1002'),
      row(4, 'Chidi', 'Okafor', '1003'),
    ]);
    expect(outcome).toEqual({ created: 3, matched: 0, enrolled: 3, conflicts: 0 });
    const marias = await db.students.where('[familyName+givenName]').equals(['Garcia', 'Maria']).toArray();
    expect(marias.map((s) => s.studentNumber).sort()).toEqual(['1001', '1002']);
    expect((await listRoster(classId)).length).toBe(4);

    await undoRosterImport(undo);
    expect(await snapshot()).toEqual(before);
  });

  it('brings the section and email onto students already in the class, and Undo puts the old ones back', async () => {
    const classId = await createClass({ name: '6A', subject: '', grade: '', term: '' });
    const anaId = await addStudentToClass(classId, { givenName: 'Ana', familyName: 'Núñez', preferredName: '', studentNumber: '77', email: 'old@school.org', notes: '' });
    const enrollment = (await db.enrollments.where('studentId').equals(anaId).first())!;
    await db.enrollments.update(enrollment.id, { section: 'P1' });

    const { outcome, undo } = await importRosterWithUndo(classId, [{ ...row(2, 'Ana', 'Núñez', '77', 'P3'), email: 'new@school.org' }]);
    expect(outcome).toMatchObject({ created: 0, matched: 1, enrolled: 0 });
    expect(await db.students.get(anaId)).toMatchObject({ email: 'new@school.org' });
    expect(await db.enrollments.get(enrollment.id)).toMatchObject({ section: 'P3' });

    await undoRosterImport(undo);
    const ana = await db.students.get(anaId);
    expect(ana).toMatchObject({ email: 'old@school.org' });
    expect(await db.enrollments.get(enrollment.id)).toMatchObject({ section: 'P1' });
    // Undo is a change too: a form opened on the imported values must not save over it unnoticed.
    expect(ana?.rev).toBe(2);
  });

  it('leaves conflicting rows out of the import', async () => {
    const classId = await createClass({ name: '6A', subject: '', grade: '', term: '' });
    await addStudentToClass(classId, { givenName: 'Jo', familyName: 'Smith', preferredName: '', studentNumber: '5', email: '', notes: '' });
    await addStudentToClass(classId, { givenName: 'Sam', familyName: 'Lee', preferredName: '', studentNumber: '6', email: '', notes: '' });
    const { outcome } = await importRosterWithUndo(classId, [row(2, 'Sam', 'Lee', '5'), row(3, 'Bo', 'Ng', '9')]);
    expect(outcome).toEqual({ created: 1, matched: 0, enrolled: 1, conflicts: 1 });
    expect(await db.students.count()).toBe(3);
  });

  it('refuses to undo, changing nothing, once an imported student has scores', async () => {
    const classId = await createClass({ name: '6A', subject: '', grade: '', term: '' });
    const { undo } = await importRosterWithUndo(classId, [row(2, 'Maria', 'Garcia', '1001'), row(3, 'Bo', 'Ng', '1002')]);
    const maria = (await db.students.where('studentNumber').equals('1001').first())!;
    await db.evidence.add({ id: newId(), classId, studentId: maria.id, skillId: 'k', score: 3, date: '2026-10-01', source: '', note: '', createdAt: nowIso() });
    const before = await snapshot();
    await expect(undoRosterImport(undo)).rejects.toThrow('one of the imported students already has scores');
    expect(await snapshot()).toEqual(before);
  });
});
