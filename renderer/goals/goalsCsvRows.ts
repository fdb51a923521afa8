import { displayName, GOAL_STATUS_LABELS, goalProgressSeries, type GoalsCsvRow, type Score } from '../../shared';
import type { GoalsData } from '../db/goals';
import { goalMethod, type GoalRow } from './goalView';

function hasScoreBy(scores: readonly Score[] | undefined, today: string): boolean {
  return (scores ?? []).some((s) => s.value !== null && Number.isFinite(s.value) && (!s.at || s.at.slice(0, 10) <= today));
}

/** The status a teacher sees on the dashboard, with how a closed goal ended. */
function statusWords(row: GoalRow): string {
  const closed = row.goal.closed;
  if (closed?.as === 'dropped') return `Dropped (closed ${closed.on})`;
  if (closed?.as === 'met') return `Met (closed ${closed.on})`;
  return GOAL_STATUS_LABELS[row.status];
}

/**
 * The goals export, one row per skill of each goal in the order given (a goal without skills
 * still gets a row). The current level is the one the goal's status was judged on: the rollup of
 * the scores up to today by the skill's effective method (as the tracker shows it); empty when the student has no score on the skill yet.
 */
export function goalsCsvRows(rows: readonly GoalRow[], data: GoalsData, today: string): GoalsCsvRow[] {
  const students = new Map(data.students.map((s) => [s.id, s]));
  const codes = new Map(data.skills.map((t) => [t.skill.id, t.skill.code.trim() || t.skill.statement]));
  const { scale } = data.settings;
  const method = goalMethod(data);
  return rows.flatMap((row): GoalsCsvRow[] => {
    const { goal } = row;
    const student = students.get(goal.studentId);
    const base = {
      student: student ? displayName(student) : 'Unknown student',
      goal: goal.title,
      startDate: goal.startDate,
      dueDate: goal.dueDate,
      status: statusWords(row),
    };
    if (goal.skills.length === 0) return [{ ...base, skill: '', target: null, current: null }];
    const scores = data.scores.get(goal.studentId) ?? {};
    const series = goalProgressSeries(goal, scores, method, scale, today);
    return series.map((s) => {
      const own = Object.hasOwn(scores, s.skillId) ? scores[s.skillId] : undefined;
      const current = hasScoreBy(own, today) ? (s.actual[s.actual.length - 1]?.value ?? s.startLevel) : null;
      return { ...base, skill: codes.get(s.skillId) ?? 'Unknown skill', target: s.target, current };
    });
  });
}
