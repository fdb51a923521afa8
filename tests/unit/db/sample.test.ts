import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { rebuildClassCells } from '../../../renderer/db/cellsRebuild';
import { db, newId, nowIso } from '../../../renderer/db/db';
import { clearSampleData, describeSampleClear, ensureFirstRun, loadSampleClass, restoreClearedSample } from '../../../renderer/db/sample';
import { getSetting, setSetting, SETTING } from '../../../renderer/db/settings';
import type { ClassRecord, Evidence, Student } from '../../../shared';

const TODAY = '2026-10-14';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterAll(async () => {
  await db.delete();
});

async function counts() {
  return {
    classes: await db.classes.count(),
    students: await db.students.count(),
    enrollments: await db.enrollments.count(),
    frameworks: await db.frameworks.count(),
    skills: await db.skills.count(),
    classSkills: await db.classSkills.count(),
    evidence: await db.evidence.count(),
  };
}

/** A teacher's own class with two students, a skill of the sample framework and some evidence. */
async function addRealClass(): Promise<{ classId: string; studentIds: string[] }> {
  const classId = newId();
  const cls: ClassRecord = {
    id: classId,
    name: 'Science 7',
    subject: 'Science',
    grade: '7',
    term: '2026–27 Fall',
    archived: 0,
    createdAt: nowIso(),
  };
  const students: Student[] = ['Ana', 'Ben'].map((givenName) => ({
    id: newId(),
    givenName,
    familyName: 'Real',
    preferredName: '',
    studentNumber: '000123',
    email: '',
    notes: '',
    archived: 0,
    createdAt: nowIso(),
  }));
  const skillId = newId();
  const frameworkId = newId();
  await db.classes.add(cls);
  await db.students.bulkAdd(students);
  await db.enrollments.bulkAdd(
    students.map((s) => ({ id: newId(), classId, studentId: s.id, section: '', archived: 0 as const })),
  );
  await db.frameworks.add({ id: frameworkId, title: 'NGSS', creator: 'NGSS', identifier: '' });
  await db.skills.add({
    id: skillId,
    frameworkId,
    code: 'MS-PS1-1',
    statement: 'Atoms',
    parentId: null,
    order: 0,
  });
  await db.classSkills.add({ id: newId(), classId, skillId, order: 0 });
  const ev: Evidence[] = students.map((s) => ({
    id: newId(),
    classId,
    studentId: s.id,
    skillId,
    score: 3,
    date: '2026-10-01',
    source: 'Lab',
    note: '',
    createdAt: nowIso(),
  }));
  await db.evidence.bulkAdd(ev);
  return { classId, studentIds: students.map((s) => s.id) };
}

describe('sample class', () => {
  it('loads a whole sample class and returns its id', async () => {
    const classId = await loadSampleClass(TODAY);
    const cls = await db.classes.get(classId);
    expect(cls?.sample).toBe(1);
    const c = await counts();
    expect(c).toMatchObject({
      classes: 1,
      students: 28,
      enrollments: 28,
      frameworks: 1,
      skills: 12,
      classSkills: 12,
    });
    expect(c.evidence).toBeGreaterThanOrEqual(600);
    expect(await db.evidence.where('classId').equals(classId).count()).toBe(c.evidence);
  });

  it('loads on the first run only, even when called twice at once or again later', async () => {
    await Promise.all([ensureFirstRun(TODAY), ensureFirstRun(TODAY)]);
    await ensureFirstRun(TODAY);
    expect(await db.classes.count()).toBe(1);
    expect(await db.students.count()).toBe(28);
    expect(await getSetting(SETTING.firstRunDone)).toBe(true);
    const [cls] = await db.classes.toArray();
    expect(await getSetting(SETTING.lastClassId)).toBe(cls?.id);
  });

  it('does not load again after the sample was cleared', async () => {
    await ensureFirstRun(TODAY);
    await clearSampleData();
    await ensureFirstRun(TODAY);
    expect(await db.classes.count()).toBe(0);
  });

  it('clears everything sample and leaves a real class, its students and evidence untouched', async () => {
    const real = await addRealClass();
    const before = await counts();
    const sampleId = await loadSampleClass(TODAY);
    const sampleStudent = (await db.enrollments.where('classId').equals(sampleId).first())!.studentId;
    // work the teacher did in the sample class
    const goalId = newId();
    await db.goals.add({
      id: goalId,
      classId: sampleId,
      studentId: sampleStudent,
      title: 'I can find unit rates',
      skills: [],
      startDate: TODAY,
      dueDate: TODAY,
      actionSteps: [],
      createdAt: nowIso(),
    });
    await db.checkIns.add({
      id: newId(),
      goalId,
      date: TODAY,
      teacherNote: '',
      reflection: '',
      confidence: null,
      nextDate: null,
    });
    const planId = newId();
    await db.groupings.add({
      id: newId(),
      classId: sampleId,
      date: TODAY,
      name: 'G',
      skillIds: [],
      strategy: 'similar',
      groups: [],
      createdAt: nowIso(),
    });
    // Rows as an older Blendwise wrote them (a plan body of {}, a review without a kind).
    await db.table('plans').add({
      id: planId,
      classId: sampleId,
      date: TODAY,
      groupingId: null,
      title: 'P',
      body: {},
      createdAt: nowIso(),
    });
    const reviewId = newId();
    await db.table('reviews').add({ id: reviewId, planId, reviewer: 'Coach', createdAt: nowIso(), lookFors: [] });
    await db.comments.add({
      id: newId(),
      reviewId,
      anchor: { kind: 'plan', ref: planId },
      text: 'Nice',
      resolved: 0,
      createdAt: nowIso(),
    });
    // a sample student also enrolled in the real class
    await db.enrollments.add({
      id: newId(),
      classId: real.classId,
      studentId: sampleStudent,
      section: '',
      archived: 0,
    });

    await clearSampleData();

    expect(await counts()).toEqual(before);
    expect(await db.classes.get(real.classId)).toBeDefined();
    expect((await db.students.bulkGet(real.studentIds)).every(Boolean)).toBe(true);
    expect(await db.enrollments.where('classId').equals(real.classId).count()).toBe(2);
    expect(await db.evidence.where('classId').equals(real.classId).count()).toBe(2);
    for (const t of [db.goals, db.checkIns, db.groupings, db.plans, db.reviews, db.comments])
      expect(await t.count()).toBe(0);
    expect(await db.classes.filter((c) => c.sample === 1).count()).toBe(0);
  });

  it('clearing with no sample present does nothing', async () => {
    await addRealClass();
    const before = await counts();
    await clearSampleData();
    expect(await counts()).toEqual(before);
  });

  it('names the teacher\'s own work before a clear, and Undo brings back exactly what went, cells included', async () => {
    const real = await addRealClass();
    const sampleId = await loadSampleClass(TODAY);
    await setSetting(SETTING.lastClassId, sampleId);
    const sampleStudent = (await db.enrollments.where('classId').equals(sampleId).first())!.studentId;
    const sampleSkill = (await db.classSkills.where('classId').equals(sampleId).first())!.skillId;
    const groupingId = newId();
    await db.groupings.add({ id: groupingId, classId: sampleId, date: TODAY, name: 'Ratio groups', skillIds: [], strategy: 'similar', groups: [], createdAt: nowIso() });
    const planIds = [newId(), newId()];
    for (const [i, id] of planIds.entries()) {
      await db.table('plans').add({ id, classId: sampleId, date: TODAY, groupingId, title: `Plan ${i + 1}`, body: {}, createdAt: nowIso() });
    }
    const reviewId = newId();
    await db.table('reviews').add({ id: reviewId, planId: planIds[0], reviewer: 'Coach Rivera', createdAt: nowIso(), lookFors: [] });
    await db.comments.add({ id: newId(), reviewId, anchor: { kind: 'plan', ref: '' }, text: 'Nice', resolved: 0, createdAt: nowIso() });
    // A score in the teacher's own class on a sample skill goes with the sample: it is named too.
    await db.evidence.add({ id: newId(), classId: real.classId, studentId: real.studentIds[0]!, skillId: sampleSkill, score: 2, date: TODAY, source: '', note: '', createdAt: nowIso() });
    // Scores added straight to the table above: bring their cells in step, as the app's writes do.
    await db.transaction('rw', db.evidence, db.cells, db.classStamps, () => rebuildClassCells(db, [real.classId]));
    await db.goals.add({ id: newId(), classId: sampleId, studentId: sampleStudent, title: 'I can find unit rates', skills: [], startDate: TODAY, dueDate: TODAY, actionSteps: [], createdAt: nowIso() });

    const summary = await describeSampleClear();
    expect(summary).toMatchObject({
      classes: ['Grade 6 Math — Period 2'],
      students: 28,
      plans: ['Plan 1', 'Plan 2'],
      groupings: ['Ratio groups'],
      reviews: ['Coach Rivera on “Plan 1”'],
      comments: 1,
      goals: ['I can find unit rates'],
      checkIns: 0,
      ownClasses: { evidence: 1, enrollments: 0, classSkills: 0 },
    });

    const tables = ['classes', 'students', 'enrollments', 'frameworks', 'skills', 'classSkills', 'evidence', 'goals', 'checkIns', 'groupings', 'plans', 'reviews', 'comments', 'cells'];
    const dump = async () => {
      const out: Record<string, unknown[]> = {};
      for (const t of tables) out[t] = (await db.table(t).toArray()).sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id));
      return out;
    };
    const before = await dump();

    const cleared = await clearSampleData();
    expect(await db.plans.count()).toBe(0);
    expect(await db.cells.where('classId').equals(sampleId).count()).toBe(0);
    expect(await getSetting(SETTING.lastClassId)).toBeUndefined();

    await restoreClearedSample(cleared);
    expect(await dump()).toEqual(before);
    expect(await getSetting(SETTING.lastClassId)).toBe(sampleId);
    // The open class learns that its cells changed.
    expect((await db.classStamps.get(sampleId))?.recent.at(-1)?.cells).toBeNull();
  });

  it('has nothing of the teacher\'s to name for a fresh sample', async () => {
    await loadSampleClass(TODAY);
    const summary = await describeSampleClear();
    expect(summary).toMatchObject({ plans: [], groupings: [], reviews: [], goals: [], comments: 0, ownClasses: { evidence: 0, enrollments: 0, classSkills: 0 } });
    expect(summary.evidence).toBeGreaterThanOrEqual(600);
  });
});
