// What the goal screens read from a class workspace: the class's goals and check-ins, every
// student (archived ones too, so their goals still show), the tracked skills plus the skills goals
// name that the class no longer tracks, each skill's effective method, and the scores of every
// student with a goal. Pure: the same workspace always gives the same data.
import type { Score } from '../mastery/rollup';
import type { CalculationMethod } from '../mastery/methods';
import { effectiveMethod } from '../mastery/effectiveMethod';
import type { ClassMasterySettings, Student } from '../model';
import type { CheckIn, GoalRecord } from '../records';
import { cellScores } from './cells';
import type { ClassWorkspace, TrackedSkill } from './workspace';

export type GoalsData = {
  settings: ClassMasterySettings;
  students: Student[];
  skills: TrackedSkill[];
  goals: GoalRecord[];
  checkIns: CheckIn[];
  /** student id -> skill id -> scores in canonical order, as goalStatus takes them */
  scores: Map<string, Record<string, Score[]>>;
  /** skill id -> its effective method (its own in this class, else the class's), for every skill in `skills` */
  skillMethods: Record<string, CalculationMethod>;
};

/** A skill the class no longer tracks, as the goal screens list it (after the tracked ones). */
export function untrackedSkill(classId: string, skill: TrackedSkill['skill']): TrackedSkill {
  return { skill, classSkill: { id: `untracked-${skill.id}`, classId, skillId: skill.id, order: Number.MAX_SAFE_INTEGER } };
}

export function goalsDataOf(ws: ClassWorkspace): GoalsData {
  const skills: TrackedSkill[] = [...ws.skills, ...ws.otherSkills.map((s) => untrackedSkill(ws.classId, s))];
  const withGoals = new Set(ws.goals.map((g) => g.studentId));
  const scores = new Map<string, Record<string, Score[]>>();
  const add = (studentId: string, skillId: string, s: Score[]) => {
    let bySkill = scores.get(studentId);
    if (!bySkill) scores.set(studentId, (bySkill = {}));
    bySkill[skillId] = s;
  };
  for (const studentId of withGoals) for (const [skillId, cell] of ws.cells.get(studentId) ?? []) add(studentId, skillId, cellScores(cell));
  for (const cell of ws.otherCells.values()) if (withGoals.has(cell.studentId)) add(cell.studentId, cell.skillId, cellScores(cell));
  return {
    settings: ws.settings,
    students: ws.allRoster.map((r) => r.student),
    skills,
    skillMethods: Object.fromEntries(skills.map((t) => [t.skill.id, effectiveMethod(ws.settings, t.classSkill)])),
    goals: [...ws.goals],
    checkIns: [...ws.checkIns],
    scores,
  };
}
