import type { CheckIn, GoalRecord, GoalsData, Score } from '../../shared';
import { cellScores, classMastery, effectiveMethod, type CellRecord } from '../../shared';
import { decodeCheckIn, decodeClass, decodeClassSkill, decodeGoal, decodeSkill } from '../../shared';
import { db, newId, nowIso } from './db';
import { updateAtRev } from './revisions';
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

/**
 * Saves the goal the screen opened at revision `rev`; refused with a StaleWriteError when another
 * window saved it since. Returns the new revision.
 */
export async function updateGoal(id: string, changes: Partial<GoalDraft>, rev: number): Promise<number> {
  return updateAtRev('goal', id, rev, changes);
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

export type { GoalsData } from '../../shared';

/**
 * Everything the goal screens need for one class, read in one transaction. The screens read it
 * from the class workspace (goalsDataOf); this direct read is the reference the workspace is
 * tested against.
 */
export async function loadGoalsData(classId: string): Promise<GoalsData | null> {
  return db.transaction(
    'r',
    [db.classes, db.enrollments, db.students, db.classSkills, db.skills, db.goals, db.checkIns, db.cells],
    async () => {
      const cls = await db.classes.get(classId).then((c) => c && decodeClass(c));
      if (!cls) return null;
      const roster = await listRoster(classId, true);
      const classSkills = (await db.classSkills.where('classId').equals(classId).toArray()).map(decodeClassSkill).sort((a, b) => a.order - b.order);
      const goals = (await db.goals.where('classId').equals(classId).toArray()).map(decodeGoal);
      // Goals may name skills the class no longer tracks: load those too, so nothing goes blank.
      const skillIds = [...new Set([...classSkills.map((c) => c.skillId), ...goals.flatMap((g) => g.skills.map((s) => s.skillId))])];
      const skills = (await db.skills.bulkGet(skillIds)).map((s) => s && decodeSkill(s));
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
      const checkIns = goals.length ? (await db.checkIns.where('goalId').anyOf(goals.map((g) => g.id)).toArray()).map(decodeCheckIn) : [];
      const studentIds = new Set(goals.map((g) => g.studentId));
      // The class's cells, not its evidence: a goal's scores in the one canonical order.
      const cells = studentIds.size ? await db.cells.where('classId').equals(classId).filter((c) => studentIds.has(c.studentId)).toArray() : [];
      const settings = classMastery(cls);
      return {
        settings,
        students: roster.map((r) => r.student),
        skills: tracked,
        skillMethods: Object.fromEntries(tracked.map((t) => [t.skill.id, effectiveMethod(settings, t.classSkill)])),
        goals,
        checkIns,
        scores: scoresByStudent(cells),
      };
    },
  );
}

/** student id -> skill id -> that student's scores on that skill, as goalStatus takes them. */
export function scoresByStudent(cells: readonly CellRecord[]): Map<string, Record<string, Score[]>> {
  const out = new Map<string, Record<string, Score[]>>();
  for (const c of cells) {
    let bySkill = out.get(c.studentId);
    if (!bySkill) out.set(c.studentId, (bySkill = {}));
    bySkill[c.skillId] = cellScores(c);
  }
  return out;
}
