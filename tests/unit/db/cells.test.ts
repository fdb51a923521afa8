// The derived cells table: kept in step with the evidence by every write path, and always equal
// to a rebuild from the evidence (it is never the truth).
import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { db, newId, nowIso } from '../../../renderer/db/db';
import { rebuildAllCellsIn } from '../../../renderer/db/cellsRebuild';
import { addEvidenceRows } from '../../../renderer/db/evidence';
import { addEvidence, deleteEvidence, restoreEvidence, setClassMastery, setSkillMethod, updateEvidence } from '../../../renderer/db/mastery';
import { openDb } from '../../../renderer/db/db';
import { schemaVersions } from '../../../renderer/db/schema';
import { restoreBackup } from '../../../renderer/db/restore';
import { backupJson } from '../../../renderer/db/backup';
import { readBackup } from '../../../renderer/db/backupFile';
import {
  buildWorkspace,
  cellFromEvidence,
  cellScores,
  DEFAULT_SCALE,
  masteryMatrix,
  type CellRecord,
  type Evidence,
} from '../../../shared';

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterAll(async () => {
  await db.delete();
});

type Fixture = { classId: string; otherClassId: string; students: string[]; skills: string[] };

async function seedClass(): Promise<Fixture> {
  const classId = newId();
  const otherClassId = newId();
  const students = [newId(), newId(), newId()];
  const skills = [newId(), newId()];
  const frameworkId = newId();
  await db.classes.bulkAdd(
    [classId, otherClassId].map((id, i) => ({ id, name: `Class ${i}`, subject: '', grade: '', term: '', archived: 0 as const, createdAt: nowIso() })),
  );
  await db.students.bulkAdd(
    students.map((id, i) => ({ id, givenName: `S${i}`, familyName: 'F', preferredName: '', studentNumber: '', email: '', notes: '', archived: 0 as const, createdAt: nowIso() })),
  );
  await db.enrollments.bulkAdd(
    [classId, otherClassId].flatMap((c) => students.map((s) => ({ id: newId(), classId: c, studentId: s, section: '', archived: 0 as const }))),
  );
  await db.frameworks.add({ id: frameworkId, title: 'F', creator: '', identifier: '' });
  await db.skills.bulkAdd(skills.map((id, i) => ({ id, frameworkId, code: `K${i}`, statement: '', parentId: null, order: i })));
  await db.classSkills.bulkAdd([classId, otherClassId].flatMap((c) => skills.map((s, i) => ({ id: newId(), classId: c, skillId: s, order: i }))));
  return { classId, otherClassId, students, skills };
}

/** The cells as stored, and as a rebuild from the evidence gives them, comparable with toEqual. */
async function storedAndRebuilt(): Promise<{ stored: unknown[]; rebuilt: unknown[] }> {
  const plain = (c: CellRecord) => ({ id: c.id, scores: cellScores(c) });
  const stored = (await db.cells.toArray()).map(plain).sort((a, b) => a.id.localeCompare(b.id));
  const evidence = await db.evidence.toArray();
  const keys = new Set(evidence.map((e) => `${e.classId}|${e.studentId}|${e.skillId}`));
  const rebuilt = [...keys]
    .map((k) => {
      const [c, s, k2] = k.split('|') as [string, string, string];
      return cellFromEvidence(c, s, k2, evidence.filter((e) => e.classId === c && e.studentId === s && e.skillId === k2));
    })
    .filter((c): c is CellRecord => !!c)
    .map(plain)
    .sort((a, b) => a.id.localeCompare(b.id));
  return { stored, rebuilt };
}

describe('the cells table', () => {
  it('orders a cell canonically: undated first, then by date, then by entry', () => {
    const base = { classId: 'c', studentId: 's', skillId: 'k' };
    const cell = cellFromEvidence('c', 's', 'k', [
      { ...base, id: 'a', score: 3, date: '2026-10-02', createdAt: '2026-10-02T10:00:00.000Z' },
      { ...base, id: 'b', score: 1, date: '2026-10-01', createdAt: '2026-10-05T10:00:00.000Z' },
      { ...base, id: 'c', score: 2, date: '', createdAt: '2026-10-06T10:00:00.000Z' },
      { ...base, id: 'd', score: null, date: '2026-10-01', createdAt: '2026-10-01T10:00:00.000Z' },
      { ...base, id: 'e', score: 4, date: '2026-10-02', createdAt: '2026-10-01T09:00:00.000Z' },
    ]);
    expect(cellScores(cell!)).toEqual([
      { value: 2 },
      { value: 1, at: '2026-10-01' },
      { value: 4, at: '2026-10-02' },
      { value: 3, at: '2026-10-02' },
    ]);
  });

  it('gives the same levels as rolling up the evidence itself', async () => {
    const f = await seedClass();
    const rows = await addEvidence(
      Array.from({ length: 12 }, (_, i) => ({
        classId: f.classId,
        studentId: f.students[i % 3]!,
        skillId: f.skills[i % 2]!,
        score: 1 + (i % 4),
        date: `2026-10-${String(10 - (i % 5)).padStart(2, '0')}`,
        source: 'Test',
        note: '',
      })),
    );
    const cls = (await db.classes.get(f.classId))!;
    const classSkills = await db.classSkills.where('classId').equals(f.classId).sortBy('order');
    const skills = await db.skills.bulkGet(classSkills.map((c) => c.skillId));
    const roster = await Promise.all(
      (await db.enrollments.where('classId').equals(f.classId).toArray()).map(async (enrollment) => ({ enrollment, student: (await db.students.get(enrollment.studentId))! })),
    );
    const ws = buildWorkspace({
      cls,
      roster,
      skills: classSkills.map((classSkill, i) => ({ classSkill, skill: skills[i]! })),
      cells: await db.cells.where('classId').equals(f.classId).toArray(),
    });
    const expected = masteryMatrix({
      studentIds: f.students,
      skillIds: f.skills,
      evidence: rows,
      scale: DEFAULT_SCALE,
      method: ws.settings.method,
    });
    for (const s of f.students) for (const k of f.skills) expect(ws.matrix.get(s)!.get(k)!.value).toBe(expected.get(s)!.get(k)!.value);
  });

  it('refuses a score that names a student or skill of another class, and writes nothing', async () => {
    const f = await seedClass();
    const stranger = newId();
    await expect(
      addEvidence([{ classId: f.classId, studentId: stranger, skillId: f.skills[0]!, score: 3, date: '2026-10-01', source: '', note: '' }]),
    ).rejects.toThrow(/not in this class/);
    const otherSkill = newId();
    await expect(
      addEvidence([{ classId: f.classId, studentId: f.students[0]!, skillId: otherSkill, score: 3, date: '2026-10-01', source: '', note: '' }]),
    ).rejects.toThrow(/does not track that skill/);
    expect(await db.evidence.count()).toBe(0);
    expect(await db.cells.count()).toBe(0);
  });

  it('takes back an import of more scores than one slice of a delete, cells and all, and returns every score it removed', async () => {
    const f = await seedClass();
    const kept = await addEvidence([{ classId: f.classId, studentId: f.students[0]!, skillId: f.skills[0]!, score: 2, date: '2026-09-01', source: 'Kept', note: '' }]);
    const imported = await addEvidence(
      Array.from({ length: 4500 }, (_, i) => ({
        classId: f.classId,
        studentId: f.students[i % 3]!,
        skillId: f.skills[i % 2]!,
        score: 1 + (i % 4),
        date: `2026-10-${String(1 + (i % 28)).padStart(2, '0')}`,
        source: 'Import',
        note: '',
      })),
    );
    const removed = await deleteEvidence(imported.map((e) => e.id));
    expect(removed).toHaveLength(4500);
    expect((await db.evidence.toArray()).map((e) => e.id)).toEqual([kept[0]!.id]);
    const { stored, rebuilt } = await storedAndRebuilt();
    expect(stored).toEqual(rebuilt);
    expect(stored).toHaveLength(1);
  });

  it('stays equal to a rebuild after random writes, edits, deletes, imports, method changes and restores', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            op: fc.constantFrom('add', 'edit', 'delete', 'undo', 'import', 'method', 'restore'),
            student: fc.nat(2),
            skill: fc.nat(1),
            other: fc.boolean(),
            score: fc.option(fc.integer({ min: 1, max: 4 }), { freq: 6 }),
            day: fc.option(fc.integer({ min: 1, max: 28 }), { freq: 5 }),
            pick: fc.nat(),
            n: fc.integer({ min: 1, max: 30 }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        async (steps) => {
          await db.delete();
          await db.open();
          const f = await seedClass();
          let removed: Evidence[] = [];
          for (const s of steps) {
            const classId = s.other ? f.otherClassId : f.classId;
            const entry = {
              classId,
              studentId: f.students[s.student]!,
              skillId: f.skills[s.skill]!,
              score: s.score,
              date: s.day === null ? '' : `2026-10-${String(s.day).padStart(2, '0')}`,
              source: 'Test',
              note: '',
            };
            const all = await db.evidence.toArray();
            const target = all.length ? all[s.pick % all.length]! : null;
            if (s.op === 'add') await addEvidence([entry]);
            else if (s.op === 'edit' && target) await updateEvidence(target.id, { score: s.score, skillId: f.skills[s.skill]!, date: entry.date });
            else if (s.op === 'delete' && target) removed = await deleteEvidence([target.id]);
            else if (s.op === 'undo') await restoreEvidence(removed);
            else if (s.op === 'import') {
              await addEvidenceRows(
                Array.from({ length: s.n * 10 }, (_, i) => ({
                  ...entry,
                  studentId: f.students[(s.student + i) % 3]!,
                  skillId: f.skills[(s.skill + i) % 2]!,
                  score: 1 + (i % 4),
                  id: newId(),
                  createdAt: nowIso(),
                })),
              );
            } else if (s.op === 'method') {
              await setSkillMethod(classId, f.skills[s.skill]!, s.pick % 2 ? { kind: 'highest' } : null);
              await setClassMastery(classId, { scale: DEFAULT_SCALE, method: { kind: 'latest' }, cutScores: [] as never });
            } else if (s.op === 'restore') {
              const read = readBackup(await backupJson('test'));
              if (!read.ok) throw new Error(read.problem);
              await restoreBackup(read.backup);
            }
          }
          const { stored, rebuilt } = await storedAndRebuilt();
          expect(stored).toEqual(rebuilt);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('is built for the evidence of a database written before it existed', async () => {
    const name = `cells-upgrade-${newId()}`;
    const old = openDb(name, schemaVersions.filter((v) => v.version <= 2));
    const f = { classId: newId(), studentId: newId(), skillId: newId() };
    await old.table('evidence').bulkAdd([
      { id: newId(), ...f, score: 2, date: '2026-10-02', source: '', note: '', createdAt: '2026-10-02T10:00:00.000Z' },
      { id: newId(), ...f, score: 4, date: '2026-10-01', source: '', note: '', createdAt: '2026-10-03T10:00:00.000Z' },
    ]);
    old.close();
    const current = openDb(name);
    await current.open();
    const cells = await current.table('cells').toArray();
    expect(cells).toHaveLength(1);
    expect(cellScores(cells[0])).toEqual([
      { value: 4, at: '2026-10-01' },
      { value: 2, at: '2026-10-02' },
    ]);
    expect((await current.table('classStamps').get(f.classId))?.rev).toBe(1);
    current.close();
    await rebuildAllCellsIn(db); // also fine on an empty database
  });

  it('is built in slices inside the upgrade for more cells than one slice', async () => {
    const name = `cells-upgrade-big-${newId()}`;
    const old = openDb(name, schemaVersions.filter((v) => v.version <= 2));
    const classId = newId();
    const skillId = newId();
    const rows = Array.from({ length: 4100 }, (_, i) => ({
      id: newId(),
      classId,
      studentId: `s${i}`,
      skillId,
      score: 1 + (i % 4),
      date: '2026-10-02',
      source: '',
      note: '',
      createdAt: '2026-10-02T10:00:00.000Z',
    }));
    await old.table('evidence').bulkAdd(rows);
    old.close();
    const current = openDb(name);
    await current.open();
    expect(await current.table('cells').count()).toBe(4100);
    current.close();
    await current.delete();
  });
});
