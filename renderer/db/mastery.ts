import {
  classMastery,
  type CalculationMethod,
  type ClassMasterySettings,
  type ClassSkill,
  type Evidence,
  type Skill,
  type Student,
} from '../../shared';
import { db, newId } from './db';
import { listRoster } from './students';

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

/** Adds evidence in one transaction and returns the stored records (what undo removes). */
export async function addEvidence(entries: NewEvidence[]): Promise<Evidence[]> {
  const records = entries.map((e) => ({ ...e, id: newId(), createdAt: nextStamp() }));
  await db.evidence.bulkAdd(records);
  return records;
}

export async function updateEvidence(id: string, changes: Partial<NewEvidence>): Promise<void> {
  await db.evidence.update(id, changes);
}

export async function deleteEvidence(ids: string[]): Promise<Evidence[]> {
  return db.transaction('rw', db.evidence, async () => {
    const found = (await db.evidence.bulkGet(ids)).filter((e): e is Evidence => !!e);
    await db.evidence.bulkDelete(ids);
    return found;
  });
}

export async function restoreEvidence(records: Evidence[]): Promise<void> {
  await db.evidence.bulkPut(records);
}

export type TrackedSkill = { skill: Skill; classSkill: ClassSkill };

export type TrackerData = {
  settings: ClassMasterySettings;
  students: Student[];
  skills: TrackedSkill[];
  evidence: Evidence[];
};

/** Everything the tracker needs, read in one transaction so the grid never mixes two moments. */
export async function loadTrackerData(classId: string): Promise<TrackerData | null> {
  return db.transaction('r', [db.classes, db.enrollments, db.students, db.classSkills, db.skills, db.evidence], async () => {
    const cls = await db.classes.get(classId);
    if (!cls) return null;
    const roster = await listRoster(classId);
    const classSkills = (await db.classSkills.where('classId').equals(classId).toArray()).sort((a, b) => a.order - b.order);
    const skills = await db.skills.bulkGet(classSkills.map((c) => c.skillId));
    const evidence = await db.evidence.where('classId').equals(classId).toArray();
    return {
      settings: classMastery(cls),
      students: roster.map((r) => r.student),
      skills: classSkills.flatMap((classSkill, i) => (skills[i] ? [{ skill: skills[i], classSkill }] : [])),
      evidence,
    };
  });
}

export async function loadStudentEvidence(classId: string, studentId: string): Promise<Evidence[]> {
  return (await db.evidence.where('studentId').equals(studentId).toArray()).filter((e) => e.classId === classId);
}
