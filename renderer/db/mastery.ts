import {
  canonicalOrder,
  classMastery,
  decodeClass,
  decodeClassSkill,
  decodeEvidence,
  decodeSkill,
  type CellRecord,
  type CalculationMethod,
  type ClassMasterySettings,
  type Evidence,
  type Student,
} from '../../shared';
import { refreshCellsOf } from './cellsRebuild';
import { db, newId } from './db';
import { listRoster } from './students';
import { pauseInTransaction, ROWS_PER_PAUSE } from './nextTask';

export type NewEvidence = Omit<Evidence, 'id' | 'createdAt'>;

export async function setClassMastery(classId: string, settings: ClassMasterySettings): Promise<void> {
  await db.classes.update(classId, { mastery: settings });
}

/** A skill's own method in this class; null goes back to the class's method. */
export async function setSkillMethod(classId: string, skillId: string, method: CalculationMethod | null): Promise<void> {
  await db.transaction('rw', db.classSkills, async () => {
    const cs = await db.classSkills.where({ classId, skillId }).first();
    if (!cs) return;
    if (method) await db.classSkills.update(cs.id, { method });
    else {
      const { method: _drop, ...rest } = cs;
      await db.classSkills.put(rest);
    }
  });
}

// Strictly increasing entry times, even within one millisecond: entry order breaks ties between
// scores on the same date, so two quick keystrokes must never share a timestamp.
let lastStamp = 0;
function nextStamp(): string {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return new Date(lastStamp).toISOString();
}

/** The tables every evidence write changes together: the evidence and its derived cells. */
export const evidenceTables = () => [db.evidence, db.cells, db.classStamps];

/**
 * Refuses evidence that names a student or skill of another class: a score typed while one
 * class's grid was still on screen must never land under another class's id.
 */
async function checkBelongs(entries: readonly Pick<Evidence, 'classId' | 'studentId' | 'skillId'>[]): Promise<void> {
  const seen = new Set<string>();
  for (const e of entries) {
    const key = `${e.classId}|${e.studentId}|${e.skillId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const [enrolled, tracked] = await Promise.all([
      db.enrollments.where('[classId+studentId]').equals([e.classId, e.studentId]).count(),
      db.classSkills.where('[classId+skillId]').equals([e.classId, e.skillId]).count(),
    ]);
    if (!enrolled) throw new Error('Not saved: that student is not in this class. Reload the class and try again.');
    if (!tracked) throw new Error('Not saved: this class does not track that skill. Reload the class and try again.');
  }
}

/**
 * Adds evidence in one transaction, with its cells, and returns the stored records (what undo
 * removes). Every entry must name a student and a skill of its own class.
 */
export async function addEvidence(entries: NewEvidence[]): Promise<Evidence[]> {
  const records = entries.map((e) => ({ ...e, id: newId(), createdAt: nextStamp() }));
  await db.transaction('rw', [...evidenceTables(), db.enrollments, db.classSkills], async () => {
    await checkBelongs(records);
    await db.evidence.bulkAdd(records);
    await refreshCellsOf(db, records);
  });
  return records;
}

export async function updateEvidence(id: string, changes: Partial<NewEvidence>): Promise<void> {
  await db.transaction('rw', evidenceTables(), async () => {
    const before = await db.evidence.get(id);
    if (!before) return;
    await db.evidence.update(id, changes);
    await refreshCellsOf(db, [before, { ...before, ...changes }]);
  });
}

export async function deleteEvidence(ids: string[]): Promise<Evidence[]> {
  return db.transaction('rw', evidenceTables(), async () => {
    // A slice at a time: undoing a year of one class's scores (17,000) in one go held the window 0.4 s.
    const found: Evidence[] = [];
    for (let from = 0; from < ids.length; from += ROWS_PER_PAUSE) {
      if (from > 0) await pauseInTransaction();
      const slice = ids.slice(from, from + ROWS_PER_PAUSE);
      for (const e of await db.evidence.bulkGet(slice)) if (e) found.push(e);
      await db.evidence.bulkDelete(slice);
    }
    await refreshCellsOf(db, found);
    return found;
  });
}

export async function restoreEvidence(records: Evidence[]): Promise<void> {
  await db.transaction('rw', evidenceTables(), async () => {
    await db.evidence.bulkPut(records);
    await refreshCellsOf(db, records);
  });
}

import type { TrackedSkill } from '../../shared';
export type { TrackedSkill };

export type TrackerData = {
  settings: ClassMasterySettings;
  students: Student[];
  skills: TrackedSkill[];
  /** the class's cells: every student's scores per skill, in canonical order (not its evidence rows) */
  cells: CellRecord[];
};

/**
 * A class's students, skills and cells, read in one transaction so the numbers never mix two
 * moments. Reads the derived cells, never the class's evidence rows.
 */
export async function loadTrackerData(classId: string): Promise<TrackerData | null> {
  return db.transaction('r', [db.classes, db.enrollments, db.students, db.classSkills, db.skills, db.cells], async () => {
    const raw = await db.classes.get(classId);
    if (!raw) return null;
    const cls = decodeClass(raw);
    const roster = await listRoster(classId);
    const classSkills = (await db.classSkills.where('classId').equals(classId).toArray()).map(decodeClassSkill).sort((a, b) => a.order - b.order);
    const skills = (await db.skills.bulkGet(classSkills.map((c) => c.skillId))).map((s) => s && decodeSkill(s));
    const cells = await db.cells.where('classId').equals(classId).toArray();
    return {
      settings: classMastery(cls),
      students: roster.map((r) => r.student),
      skills: classSkills.flatMap((classSkill, i) => (skills[i] ? [{ skill: skills[i], classSkill }] : [])),
      cells,
    };
  });
}

/** One cell's evidence (a student's scores on a skill in a class), in the order it rolls up in: the newest last. */
export async function cellEvidence(classId: string, studentId: string, skillId: string): Promise<Evidence[]> {
  const rows = await db.evidence.where('[studentId+skillId]').equals([studentId, skillId]).toArray();
  return rows.filter((e) => e.classId === classId).map(decodeEvidence).sort(canonicalOrder);
}

export async function loadStudentEvidence(classId: string, studentId: string): Promise<Evidence[]> {
  return (await db.evidence.where('studentId').equals(studentId).toArray()).filter((e) => e.classId === classId).map(decodeEvidence);
}
