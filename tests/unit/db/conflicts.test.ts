// Two windows on one database: an update made from a stale copy is refused, nothing the other
// window saved is lost, and adds never conflict.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { createClass, updateClass } from '../../../renderer/db/classes';
import { isStaleWrite, StaleWriteError } from '../../../renderer/db/conflicts';
import { createGoals, updateGoal } from '../../../renderer/db/goals';
import { savePlan, updatePlan, type PlanDraft } from '../../../renderer/db/plans';
import { importRoster } from '../../../renderer/db/rosterImport';
import { addStudentToClass, getStudent, updateStudent } from '../../../renderer/db/students';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const draft = (classId: string, title: string): PlanDraft => ({
  classId,
  title,
  groupingId: null,
  body: {
    model: 'station',
    dates: ['2026-11-24'],
    start: '09:00',
    minutesPerStation: 15,
    transitionMinutes: 2,
    stations: [],
    groups: [],
    screenLimitPerDay: 40,
    notes: '',
  },
});

const student = { givenName: 'Ana', familyName: 'Diaz', preferredName: '', studentNumber: '0042', email: '', notes: '' };

describe('plans', () => {
  it('stores rev + 1 on each update from the current rev', async () => {
    const classId = await createClass({ name: '6A', subject: 'Math', grade: '6', term: 'Fall' });
    const id = await savePlan(draft(classId, 'Monday'));
    expect(await updatePlan(id, draft(classId, 'Monday, v2'), 0)).toBe(1);
    expect(await updatePlan(id, draft(classId, 'Monday, v3'), 1)).toBe(2);
    const stored = await db.plans.get(id);
    expect(stored?.title).toBe('Monday, v3');
    expect(stored?.rev).toBe(2);
  });

  it('refuses a save from a window that read the plan before another window saved it, and keeps theirs', async () => {
    const classId = await createClass({ name: '6A', subject: 'Math', grade: '6', term: 'Fall' });
    const id = await savePlan(draft(classId, 'Monday'));
    // Both windows open the plan at rev 0; window 1 saves a new title.
    await updatePlan(id, draft(classId, 'Title from window 1'), 0);
    // Window 2 saves its own change from its stale copy.
    const stale = updatePlan(id, draft(classId, 'Title from window 2'), 0);
    await expect(stale).rejects.toBeInstanceOf(StaleWriteError);
    await expect(stale).rejects.toThrow('This plan was changed in another window since you opened it.');
    const stored = await db.plans.get(id);
    expect(stored?.title).toBe('Title from window 1');
    expect(stored?.rev).toBe(1);
  });

  it('refuses a save over a plan another window deleted, without bringing it back', async () => {
    const classId = await createClass({ name: '6A', subject: 'Math', grade: '6', term: 'Fall' });
    const id = await savePlan(draft(classId, 'Monday'));
    await db.plans.delete(id);
    const error = await updatePlan(id, draft(classId, 'Mine'), 0).catch((e: unknown) => e);
    expect(isStaleWrite(error) && error.deleted).toBe(true);
    expect(await db.plans.get(id)).toBeUndefined();
  });

  it('treats a plan written before revisions existed as rev 0', async () => {
    const classId = await createClass({ name: '6A', subject: 'Math', grade: '6', term: 'Fall' });
    const id = await savePlan(draft(classId, 'Old'));
    await db.plans.update(id, { rev: undefined });
    expect(await updatePlan(id, draft(classId, 'New'), 0)).toBe(1);
  });

  it('never refuses an add: two windows adding plans both keep theirs', async () => {
    const classId = await createClass({ name: '6A', subject: 'Math', grade: '6', term: 'Fall' });
    const [a, b] = await Promise.all([savePlan(draft(classId, 'From 1')), savePlan(draft(classId, 'From 2'))]);
    expect(a).not.toBe(b);
    expect((await db.plans.toArray()).map((p) => p.title).sort()).toEqual(['From 1', 'From 2']);
  });
});

describe('students, classes and goals', () => {
  it('refuses a stale student save and keeps what the other window saved', async () => {
    const classId = await createClass({ name: '6A', subject: 'Math', grade: '6', term: 'Fall' });
    const id = await addStudentToClass(classId, student);
    expect(await updateStudent(id, { ...student, preferredName: 'Annie' }, 0)).toBe(1);
    await expect(updateStudent(id, { ...student, notes: 'Needs glasses' }, 0)).rejects.toThrow(
      'This student was changed in another window since you opened it.',
    );
    const stored = await getStudent(id);
    expect(stored).toMatchObject({ preferredName: 'Annie', notes: '', rev: 1 });
    // Keeping mine after seeing theirs: saved from their rev, it lands.
    expect(await updateStudent(id, { ...student, notes: 'Needs glasses' }, 1)).toBe(2);
    expect(await getStudent(id)).toMatchObject({ preferredName: '', notes: 'Needs glasses', rev: 2 });
  });

  it('never lets the caller set the id or the rev', async () => {
    const classId = await createClass({ name: '6A', subject: 'Math', grade: '6', term: 'Fall' });
    const id = await addStudentToClass(classId, student);
    const full = (await getStudent(id))!;
    await updateStudent(id, { ...full, id: 'other', rev: 40 } as typeof full, 0);
    expect(await getStudent(id)).toMatchObject({ id, rev: 1 });
  });

  it('refuses stale class and goal saves', async () => {
    const classId = await createClass({ name: '6A', subject: 'Math', grade: '6', term: 'Fall' });
    await updateClass(classId, { name: '6A Math' }, 0);
    await expect(updateClass(classId, { name: '6A Maths' }, 0)).rejects.toThrow(
      'This class was changed in another window since you opened it.',
    );
    expect((await db.classes.get(classId))?.name).toBe('6A Math');

    const studentId = await addStudentToClass(classId, student);
    const [goalId] = await createGoals([
      { classId, studentId, title: 'I can', skills: [], startDate: '2026-09-01', dueDate: '2026-10-01', actionSteps: [] },
    ]);
    await updateGoal(goalId!, { title: 'I can explain' }, 0);
    await expect(updateGoal(goalId!, { title: 'I can show' }, 0)).rejects.toThrow(
      'This goal was changed in another window since you opened it.',
    );
    expect((await db.goals.get(goalId!))?.title).toBe('I can explain');
  });

  it('a roster import that fills a blank counts as a change: an edit form opened before it is refused', async () => {
    const classId = await createClass({ name: '6A', subject: 'Math', grade: '6', term: 'Fall' });
    const id = await addStudentToClass(classId, { ...student, email: '' });
    await importRoster(classId, [{ ...student, email: 'ana@school.org', section: '', line: 2 }]);
    expect((await getStudent(id))?.email).toBe('ana@school.org');
    await expect(updateStudent(id, { ...student, notes: 'x' }, 0)).rejects.toBeInstanceOf(StaleWriteError);
  });
});
