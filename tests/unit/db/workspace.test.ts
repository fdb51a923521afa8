// The class workspace: one subscription per class, updated cell by cell after a score, and never
// another class's data while a class loads.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { db, newId, nowIso } from '../../../renderer/db/db';
import { addEvidence, deleteEvidence, setSkillMethod } from '../../../renderer/db/mastery';
import { addEvidenceRows } from '../../../renderer/db/evidence';
import { LIVE_ROSTER_UNTIL, watchClassWorkspace, workspaceFullReads, type WorkspaceState } from '../../../renderer/db/workspace';
import { addCheckIn, createGoals } from '../../../renderer/db/goals';
import { loadGoalsData } from './goalsOracle';
import { loadSampleClass } from '../../../renderer/db/sample';
import { setEnrollmentArchived } from '../../../renderer/db/students';
import { ROSTER_PAGE } from '../../../renderer/db/rosterPages';
import { setSkillTracked } from '../../../renderer/db/skills';
import { allCells, goalsDataOf } from '../../../shared';
import { isDeepStrictEqual } from 'node:util';

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterAll(async () => {
  await db.delete();
});

async function seed(name: string): Promise<{ classId: string; studentId: string; skillId: string }> {
  const classId = newId();
  const studentId = newId();
  const skillId = newId();
  const frameworkId = newId();
  await db.classes.add({ id: classId, name, subject: '', grade: '', term: '', archived: 0, createdAt: nowIso() });
  await db.students.add({ id: studentId, givenName: name, familyName: 'F', preferredName: '', studentNumber: '', email: '', notes: '', archived: 0, createdAt: nowIso() });
  await db.enrollments.add({ id: newId(), classId, studentId, section: '', archived: 0 });
  await db.frameworks.add({ id: frameworkId, title: 'F', creator: '', identifier: '' });
  await db.skills.add({ id: skillId, frameworkId, code: `${name}.1`, statement: '', parentId: null, order: 0 });
  await db.classSkills.add({ id: newId(), classId, skillId, order: 0 });
  return { classId, studentId, skillId };
}

function until(watch: { state: () => WorkspaceState }, test: (s: WorkspaceState) => boolean): Promise<WorkspaceState> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      const s = watch.state();
      if (test(s)) return resolve(s);
      if (Date.now() - started > 5000) return reject(new Error(`timed out in state ${s.status}`));
      setTimeout(poll, 5);
    };
    poll();
  });
}

const level = (s: WorkspaceState, studentId: string, skillId: string) =>
  s.status === 'ready' ? s.workspace.matrix.get(studentId)?.get(skillId)?.value ?? null : undefined;

describe('the class workspace', () => {
  it('is loading, then holds only its own class, and updates one cell per score without re-reading the class', async () => {
    const a = await seed('A');
    const b = await seed('B');
    const watchA = watchClassWorkspace(a.classId, () => undefined);
    expect(watchA.state()).toEqual({ status: 'loading', classId: a.classId });
    const ready = await until(watchA, (s) => s.status === 'ready');
    expect(ready.status === 'ready' && ready.workspace.students.map((s) => s.givenName)).toEqual(['A']);

    const watchB = watchClassWorkspace(b.classId, () => undefined);
    // B's workspace never starts with A's rows: it is loading until B is read.
    expect(watchB.state().status).toBe('loading');
    const readyB = await until(watchB, (s) => s.status === 'ready');
    expect(readyB.status === 'ready' && readyB.workspace.students.map((s) => s.givenName)).toEqual(['B']);

    const reads = workspaceFullReads();
    await addEvidence([{ classId: a.classId, studentId: a.studentId, skillId: a.skillId, score: 2, date: '2026-10-01', source: '', note: '' }]);
    await addEvidence([{ classId: a.classId, studentId: a.studentId, skillId: a.skillId, score: 3, date: '2026-10-02', source: '', note: '' }]);
    await until(watchA, (s) => level(s, a.studentId, a.skillId) === 2.65);
    expect(workspaceFullReads()).toBe(reads);
    expect(level(watchB.state(), b.studentId, b.skillId)).toBeNull();

    // A method change re-rolls the cells it already holds.
    await setSkillMethod(a.classId, a.skillId, { kind: 'highest' });
    await until(watchA, (s) => level(s, a.studentId, a.skillId) === 3);

    // A bulk import is read whole, once.
    await addEvidenceRows(
      Array.from({ length: 250 }, (_, i) => ({
        id: newId(),
        classId: a.classId,
        studentId: a.studentId,
        skillId: a.skillId,
        score: i === 249 ? 4 : 1,
        date: '2026-10-03',
        source: 'Import',
        note: '',
        createdAt: nowIso(),
      })),
    );
    await until(watchA, (s) => level(s, a.studentId, a.skillId) === 4);
    watchA.stop();
    watchB.stop();
  });

  it('reads a district-size roster apart, whole and sorted, and follows a student renamed or archived there', async () => {
    const { classId } = await seed('Zed');
    // More than a page: the enrollments come in two pages, the students by walking their table.
    const size = Math.max(LIVE_ROSTER_UNTIL, ROSTER_PAGE) + 1_500;
    const students = Array.from({ length: size }, (_, i) => ({
      id: newId(), givenName: `G${String(i % 97).padStart(2, '0')}`, familyName: `F${String(i % 13).padStart(2, '0')}`,
      preferredName: '', studentNumber: String(i), email: '', notes: '', archived: 0 as const, createdAt: nowIso(),
    }));
    await db.students.bulkAdd(students);
    await db.enrollments.bulkAdd(students.map((st) => ({ id: newId(), classId, studentId: st.id, section: '', archived: 0 })));
    // A student on file in no class: never in the roster although the students table is walked.
    await db.students.add({ ...students[0]!, id: newId(), studentNumber: 'elsewhere' });
    const watch = watchClassWorkspace(classId, () => undefined);
    const ready = await until(watch, (s) => s.status === 'ready');
    if (ready.status !== 'ready') throw new Error('not ready');
    const roster = ready.workspace.roster;
    expect(roster).toHaveLength(size + 1);
    expect(roster.some((r) => r.student.studentNumber === 'elsewhere')).toBe(false);
    const keys = roster.map((r) => `${r.student.familyName} ${r.student.givenName}`);
    expect(keys).toEqual([...keys].sort());

    const one = students[1_234]!;
    await db.students.update(one.id, { familyName: 'A-first' });
    const renamed = await until(watch, (s) => s.status === 'ready' && s.workspace.roster[0]?.student.id === one.id);
    expect(renamed.status === 'ready' && renamed.workspace.roster).toHaveLength(size + 1);
    const enrollment = (await db.enrollments.where({ classId, studentId: one.id }).first())!;
    await setEnrollmentArchived(enrollment.id, true);
    const archived = await until(watch, (s) => s.status === 'ready' && s.workspace.roster.length === size);
    expect(archived.status === 'ready' && archived.workspace.allRoster).toHaveLength(size + 1);
    watch.stop();
  });

  it('says when a class does not exist', async () => {
    const watch = watchClassWorkspace('no-such-class', () => undefined);
    await until(watch, (s) => s.status === 'missing');
    watch.stop();
  });

  it('gives the goal screens exactly what a direct read of the class gives, archived students and untracked skills too', async () => {
    const today = '2026-11-20';
    const classId = await loadSampleClass(today);
    // Two goals for students with scores: one on two tracked skills, with a check-in.
    const withScores = await db.cells.where('classId').equals(classId).limit(40).toArray();
    const c1 = withScores[0]!;
    const c2 = withScores.find((c) => c.studentId !== c1.studentId)!;
    const other = withScores.find((c) => c.studentId === c1.studentId && c.skillId !== c1.skillId)!;
    const [goalId] = await createGoals([
      { classId, studentId: c1.studentId, title: 'I can', skills: [{ skillId: c1.skillId, target: 3 }, { skillId: other.skillId, target: 3 }], startDate: '2026-09-01', dueDate: '2026-12-01', actionSteps: [] },
      { classId, studentId: c2.studentId, title: 'I will', skills: [{ skillId: c2.skillId, target: 4 }], startDate: '2026-09-01', dueDate: '2026-12-01', actionSteps: [] },
    ]);
    await addCheckIn({ goalId: goalId!, date: '2026-10-01', teacherNote: 'ok', reflection: '', confidence: 3, nextDate: null });
    const watch = watchClassWorkspace(classId, () => undefined);
    const goalsOf = (s: WorkspaceState) => (s.status === 'ready' ? goalsDataOf(s.workspace) : undefined);
    const same = async () => {
      const expected = await loadGoalsData(classId);
      await until(watch, (s) => isDeepStrictEqual(goalsOf(s), expected));
      expect(goalsOf(watch.state())).toEqual(expected);
      return expected!;
    };
    const first = await same();
    expect(first.goals.length).toBeGreaterThan(0);
    expect(first.checkIns.length).toBeGreaterThan(0);

    // A skill's own method, a student with a goal archived, a goal's skill no longer tracked.
    const goal = first.goals[0]!;
    const skillId = goal.skills[0]!.skillId;
    await setSkillMethod(classId, skillId, { kind: 'highest' });
    await same();
    const ready = watch.state();
    if (ready.status !== 'ready') throw new Error('not ready');
    const enrollment = ready.workspace.roster.find((r) => r.student.id === goal.studentId)!.enrollment;
    await setEnrollmentArchived(enrollment.id, true);
    await setSkillTracked(classId, [skillId], false);
    const after = await same();
    expect(after.skills.some((t) => t.skill.id === skillId && t.classSkill.id === `untracked-${skillId}`)).toBe(true);
    expect(after.scores.get(goal.studentId)?.[skillId]?.length).toBeGreaterThan(0);
    const state = watch.state();
    if (state.status !== 'ready') throw new Error('not ready');
    // The tracker's rows stay the current students and tracked skills; every cell is still held.
    expect(state.workspace.students.some((s) => s.id === goal.studentId)).toBe(false);
    expect(state.workspace.allRoster.some((r) => r.student.id === goal.studentId)).toBe(true);
    expect(state.workspace.skills.some((t) => t.skill.id === skillId)).toBe(false);
    expect(allCells(state.workspace).length).toBe(await db.cells.where('classId').equals(classId).count());

    // A score deleted for the archived student on the untracked skill leaves the goal without a full read.
    const reads = workspaceFullReads();
    const count = after.scores.get(goal.studentId)![skillId]!.length;
    const row = (await db.evidence.where('studentId').equals(goal.studentId).toArray()).find((e) => e.classId === classId && e.skillId === skillId)!;
    await deleteEvidence([row.id]);
    await until(watch, (s) => (goalsOf(s)?.scores.get(goal.studentId)?.[skillId]?.length ?? 0) === count - 1);
    expect(workspaceFullReads()).toBe(reads);
    await same();
    watch.stop();
  });
});
