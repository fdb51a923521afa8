import type { CheckIn, ClassMasterySettings, Evidence, GoalRecord, Score, Student } from '../../shared';
import { classMastery } from '../../shared';
import { db, newId, nowIso } from './db';
import type { TrackedSkill } from './mastery';
import { listRoster } from './students';

export type GoalDraft = Omit<GoalRecord, 'id' | 'createdAt' | 'closed'>;
export type CheckInDraft = Omit<CheckIn, 'id'>;

/** Creates goals in one transaction (one, or a whole group's at once); returns their ids. */
export async function createGoals(drafts: GoalDraft[]): Promise<string[]> {
  const records: GoalRecord[] = drafts.map((d) => ({ ...d, id: newId(), createdAt: nowIso() }));
  await db.goals.bulkAdd(records);
  return records.map((r) => r.id);
}

export async function updateGoal(id: string, changes: Partial<GoalDraft>): Promise<void> {
  await db.goals.update(id, changes);
}

export async function closeGoal(id: string, as: 'met' | 'dropped', on: string): Promise<void> {
  await db.goals.update(id, { closed: { on, as } });
}

export async function reopenGoal(id: string): Promise<void> {
  await db.transaction('rw', db.goals, async () => {
    const goal = await db.goals.get(id);
    if (!goal) return;
    const { closed: _closed, ...open } = goal;
    await db.goals.put(open);
  });
}

export type GoalSnapshot = { goals: GoalRecord[]; checkIns: CheckIn[] };

/** Deletes goals with their check-ins; the snapshot lets undo put them back exactly. */
export async function deleteGoals(ids: string[]): Promise<GoalSnapshot> {
  return db.transaction('rw', db.goals, db.checkIns, async () => {
    const goals = (await db.goals.bulkGet(ids)).filter((g): g is GoalRecord => !!g);
    const checkIns = await db.checkIns.where('goalId').anyOf(ids).toArray();
    await db.checkIns.bulkDelete(checkIns.map((c) => c.id));
    await db.goals.bulkDelete(ids);
    return { goals, checkIns };
  });
}

export async function restoreGoals(snapshot: GoalSnapshot): Promise<void> {
  await db.transaction('rw', db.goals, db.checkIns, async () => {
    await db.goals.bulkPut(snapshot.goals);
    await db.checkIns.bulkPut(snapshot.checkIns);
  });
}

export async function addCheckIn(draft: CheckInDraft): Promise<string> {
  const id = newId();
  await db.checkIns.add({ ...draft, id });
  return id;
}

export async function updateCheckIn(id: string, changes: Partial<CheckInDraft>): Promise<void> {
  await db.checkIns.update(id, changes);
}

export async function deleteCheckIn(id: string): Promise<CheckIn | undefined> {
  return db.transaction('rw', db.checkIns, async () => {
    const found = await db.checkIns.get(id);
    await db.checkIns.delete(id);
    return found;
  });
}

export async function restoreCheckIn(checkIn: CheckIn): Promise<void> {
  await db.checkIns.put(checkIn);
}

export type GoalsData = {
  settings: ClassMasterySettings;
  students: Student[];
  skills: TrackedSkill[];
  goals: GoalRecord[];
  checkIns: CheckIn[];
  /** student id -> skill id -> scores in entry order, as goalStatus takes them */
  scores: Map<string, Record<string, Score[]>>;
};

/** Everything the goal screens need for one class, read in one transaction. */
export async function loadGoalsData(classId: string): Promise<GoalsData | null> {
  return db.transaction(
    'r',
    [db.classes, db.enrollments, db.students, db.classSkills, db.skills, db.goals, db.checkIns, db.evidence],
    async () => {
      const cls = await db.classes.get(classId);
      if (!cls) return null;
      const roster = await listRoster(classId, true);
      const classSkills = (await db.classSkills.where('classId').equals(classId).toArray()).sort((a, b) => a.order - b.order);
      const goals = await db.goals.where('classId').equals(classId).toArray();
      // Goals may name skills the class no longer tracks: load those too, so nothing goes blank.
      const skillIds = [...new Set([...classSkills.map((c) => c.skillId), ...goals.flatMap((g) => g.skills.map((s) => s.skillId))])];
      const skills = await db.skills.bulkGet(skillIds);
      const byId = new Map(skills.filter((s) => !!s).map((s) => [s!.id, s!]));
      const tracked: TrackedSkill[] = classSkills.flatMap((classSkill) => {
        const skill = byId.get(classSkill.skillId);
        return skill ? [{ skill, classSkill }] : [];
      });
      for (const id of skillIds) {
        const skill = byId.get(id);
        if (skill && !classSkills.some((c) => c.skillId === id)) {
          tracked.push({ skill, classSkill: { id: `untracked-${id}`, classId, skillId: id, order: Number.MAX_SAFE_INTEGER } });
        }
      }
      const checkIns = goals.length ? await db.checkIns.where('goalId').anyOf(goals.map((g) => g.id)).toArray() : [];
      const studentIds = new Set(goals.map((g) => g.studentId));
      const evidence: Evidence[] = studentIds.size
        ? (await db.evidence.where('studentId').anyOf([...studentIds]).toArray()).filter((e) => e.classId === classId)
        : [];
      return {
        settings: classMastery(cls),
        students: roster.map((r) => r.student),
        skills: tracked,
        goals,
        checkIns,
        scores: scoresByStudent(evidence),
      };
    },
  );
}

export function scoresByStudent(evidence: Evidence[]): Map<string, Record<string, Score[]>> {
  const sorted = [...evidence].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  const out = new Map<string, Record<string, Score[]>>();
  for (const e of sorted) {
    let bySkill = out.get(e.studentId);
    if (!bySkill) out.set(e.studentId, (bySkill = {}));
    (bySkill[e.skillId] ??= []).push({ value: e.score, at: e.date });
  }
  return out;
}
