// A reference for the class workspace's goal data, read the long way round (its own transaction,
// straight from the tables): what the goal screens read before the workspace, kept only so a test
// can check the workspace gives the same.
import type { GoalsData, Score, TrackedSkill } from '../../../shared';
import { cellScores, classMastery, effectiveMethod, type CellRecord } from '../../../shared';
import { decodeCheckIn, decodeClass, decodeClassSkill, decodeGoal, decodeSkill } from '../../../shared';
import { db } from '../../../renderer/db/db';
import { listRoster } from '../../../renderer/db/students';

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
