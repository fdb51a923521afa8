// The class workspace: one subscription per class, updated cell by cell after a score, and never
// another class's data while a class loads.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { db, newId, nowIso } from '../../../renderer/db/db';
import { addEvidence, setSkillMethod } from '../../../renderer/db/mastery';
import { addEvidenceRows } from '../../../renderer/db/evidence';
import { watchClassWorkspace, workspaceFullReads, type WorkspaceState } from '../../../renderer/db/workspace';

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

  it('says when a class does not exist', async () => {
    const watch = watchClassWorkspace('no-such-class', () => undefined);
    await until(watch, (s) => s.status === 'missing');
    watch.stop();
  });
});
