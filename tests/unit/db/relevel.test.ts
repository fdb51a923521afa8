// Re-levelling stored scores when a profile's table changes: the plan reads the kept raw values,
// the change lands with the profile and the cells in one step, and Undo puts the levels back.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { db, newId, nowIso } from '../../../renderer/db/db';
import { addEvidence, updateEvidence } from '../../../renderer/db/mastery';
import { planProfileRelevel, saveProfilesAndRelevel } from '../../../renderer/db/relevel';
import { getSetting } from '../../../renderer/db/settings';
import {
  BUILT_IN_PROFILE_TEMPLATES,
  cellScores,
  decodeEvidence,
  reverseChanges,
  type AssessmentProfile,
} from '../../../shared';

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterAll(async () => {
  await db.delete();
});

const template = BUILT_IN_PROFILE_TEMPLATES.find((p) => p.id === 'template:iready-math')!;
const profile: AssessmentProfile = { ...template, id: 'p-iready', name: 'i-Ready Math', skillCodeMap: {} };

async function seed() {
  const classId = newId();
  const students = [newId(), newId(), newId()];
  const skillId = newId();
  await db.classes.add({ id: classId, name: 'Math 6', subject: '', grade: '', term: '', archived: 0, createdAt: nowIso() });
  await db.students.bulkAdd(
    students.map((id, i) => ({ id, givenName: `S${i}`, familyName: 'F', preferredName: '', studentNumber: '', email: '', notes: '', archived: 0 as const, createdAt: nowIso() })),
  );
  await db.enrollments.bulkAdd(students.map((studentId) => ({ id: newId(), classId, studentId, section: '', archived: 0 as const })));
  await db.frameworks.add({ id: 'f', title: 'F', creator: '', identifier: '' });
  await db.skills.add({ id: skillId, frameworkId: 'f', code: 'NO', statement: '', parentId: null, order: 0 });
  await db.classSkills.add({ id: newId(), classId, skillId, order: 0 });
  // As the import writes them: the placement as raw, the grade and the profile in origin.
  const placed = [
    ['Level 5', 1],
    ['Mid 6', 3],
    ['Level 5', 2],
  ] as const;
  const rows = await addEvidence(
    students.map((studentId, i) => ({
      classId,
      studentId,
      skillId,
      score: placed[i]![1],
      date: '2026-10-01',
      source: 'i-Ready',
      note: '',
      raw: placed[i]![0],
      origin: { profileId: profile.id, grade: i === 2 ? '6' : i === 0 ? '7' : '6', ref: `act-${i}` },
    })),
  );
  // A score typed by hand: not the profile's, never re-levelled.
  await addEvidence([{ classId, studentId: students[0]!, skillId, score: 2, date: '2026-10-02', source: 'Exit ticket', note: '' }]);
  await db.settings.put({ key: 'assessmentProfiles', value: [profile] });
  return { classId, students, skillId, rows };
}

const scores = async (ids: string[]) => (await db.evidence.bulkGet(ids)).map((e) => e?.score);
const cellOf = async (classId: string, studentId: string, skillId: string) =>
  cellScores((await db.cells.get(`${classId}|${studentId}|${skillId}`))!).map((s) => s.value);

describe('re-levelling a profile’s stored scores', () => {
  it('keeps the origin of an imported score through the records boundary', async () => {
    const { rows } = await seed();
    expect(decodeEvidence(await db.evidence.get(rows[0]!.id))).toMatchObject({
      raw: 'Level 5',
      origin: { profileId: 'p-iready', grade: '7', ref: 'act-0' },
    });
  });

  it('plans from the kept placements and grades, applies with the profile and the cells, and Undo restores', async () => {
    const { classId, students, skillId, rows } = await seed();
    // Level 5 in grade 6 is 1 below: Approaching (2) by default; the teacher makes it Beginning (1).
    const stricter = { ...profile, placementPoints: { below1: 1 } };
    const plan = await planProfileRelevel(stricter);
    expect(plan.checked).toBe(3);
    expect(plan.changes.map((c) => [c.id, c.raw, c.from, c.to])).toEqual([[rows[2]!.id, 'Level 5', 2, 1]]);

    const moved = await saveProfilesAndRelevel([stricter], plan.changes);
    expect(moved).toBe(1);
    expect(await scores(rows.map((r) => r.id))).toEqual([1, 3, 1]);
    expect(await cellOf(classId, students[2]!, skillId)).toEqual([1]);
    expect(await getSetting('assessmentProfiles')).toMatchObject([{ id: 'p-iready', placementPoints: { below1: 1 } }]);
    // Checking again with the saved table finds nothing left to change.
    expect((await planProfileRelevel(stricter)).changes).toEqual([]);

    await saveProfilesAndRelevel([profile], reverseChanges(plan.changes));
    expect(await scores(rows.map((r) => r.id))).toEqual([1, 3, 2]);
    expect(await cellOf(classId, students[2]!, skillId)).toEqual([2]);
    expect((await getSetting<AssessmentProfile[]>('assessmentProfiles'))?.[0]?.placementPoints).toBeUndefined();
  });

  it('leaves alone a score edited after the plan was made', async () => {
    const { rows } = await seed();
    const plan = await planProfileRelevel({ ...profile, placementPoints: { below1: 1 } });
    await updateEvidence(rows[2]!.id, { score: 4 });
    expect(await saveProfilesAndRelevel([profile], plan.changes)).toBe(0);
    expect(await scores([rows[2]!.id])).toEqual([4]);
  });

  it('re-levels against each class’s own scale', async () => {
    const { classId, rows } = await seed();
    const scale = {
      masteryPoints: 2,
      levels: [3, 2, 1, 0].map((points) => ({ points, label: `L${points}`, color: '#000' })),
    };
    await db.classes.update(classId, { mastery: { scale, method: { kind: 'latest' }, cutScores: [] } });
    const plan = await planProfileRelevel(profile);
    // On this scale: on grade is 2 (mastery), 1 below is 1, 2 or more below is 0.
    expect(new Map(plan.changes.map((c) => [c.id, c.to]))).toEqual(
      new Map([
        [rows[0]!.id, 0],
        [rows[1]!.id, 2],
        [rows[2]!.id, 1],
      ]),
    );
  });
});
