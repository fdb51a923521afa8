import type { CalculationMethod } from '../mastery/methods';
import { rollup } from '../mastery/rollup';
import type { Score } from '../mastery/rollup';
import { roundHalfUp2 } from '../mastery/round';
import type { MasteryScale } from '../mastery/scale';
import { dayNumber, dayString } from './dates';
import { lowestPoints, methodFor, scoresFor } from './status';
import type { Goal, GoalMethod } from './status';

export type GoalProgressPoint = { date: string; value: number };

/** One linked skill's line on a goal's progress picture. */
export type GoalSkillProgress = {
  skillId: string;
  target: number;
  /** the rollup of the undated scores and those dated on or before the start date; lowest points when none */
  startLevel: number;
  /** the straight line the goal expects: the start level on the start date, the target on the due date */
  expected: GoalProgressPoint[];
  /** the start level on the start date, then the level after each later day with scores, up to `endDate` */
  actual: GoalProgressPoint[];
};

/**
 * The data for a goal's progress picture, one entry per linked skill in the goal's order.
 *
 * `expected` has two points: the start level on `startDate` and the target on `dueDate` (a due
 * date before the start counts as the start date, so the line steps up to the target there, as
 * expectedLevel() does). The start level is the rollup of the scores dated on or before the start
 * date (undated ones too), as in goalStatus(). `actual` starts with the start level on
 * `startDate`, then has one point per later day that has scores, up to `endDate` (included),
 * valued at the rollup of every score up to and including that day (undated and earlier ones
 * too). Several scores on one day make one point, so the picture never has two values for one
 * day. Each skill rolls up by `method` (one for all, or each skill's effective method). Only
 * scores dated on or before `endDate` count (undated ones always do), as with `today` in
 * goalStatus(); a level that does not roll up (no scores, or n_mastery not reached) is the scale's
 * lowest points. Dates in the points are 'YYYY-MM-DD'.
 */
export function goalProgressSeries(
  goal: Goal,
  scores: Record<string, Score[]>,
  method: GoalMethod,
  scale: MasteryScale,
  endDate: string,
): GoalSkillProgress[] {
  const lowest = lowestPoints(scale);
  const startDay = dayNumber(goal.startDate);
  const dueDay = dayNumber(goal.dueDate);
  const endDay = dayNumber(endDate);
  const level = (list: Score[], m: CalculationMethod): number => {
    if (list.length === 0) return lowest;
    const v = rollup(list, m, scale);
    return v === null || !Number.isFinite(v) ? lowest : v;
  };
  const skills = Array.isArray(goal.skills) ? goal.skills : [];
  return skills.map((skill) => {
    const m = methodFor(method, skill.skillId);
    const before: Score[] = [];
    const since: { day: number; score: Score }[] = [];
    for (const s of scoresFor(scores, skill.skillId)) {
      if (s === null || typeof s !== 'object' || !Number.isFinite(s.value)) continue;
      const d = dayNumber(s.at);
      if (d > endDay) continue;
      if (Number.isNaN(d) || d <= startDay) before.push(s);
      else if (d > startDay) since.push({ day: d, score: s });
    }
    since.sort((a, b) => a.day - b.day); // stable: equal days keep their input order
    const startLevel = level(before, m);
    const dueDate = dueDay < startDay ? goal.startDate : goal.dueDate;
    const actual: GoalProgressPoint[] = [{ date: goal.startDate, value: startLevel }];
    const upTo = [...before];
    for (let i = 0; i < since.length; i++) {
      upTo.push(since[i]!.score);
      const day = since[i]!.day;
      if (i + 1 < since.length && since[i + 1]!.day === day) continue;
      actual.push({ date: dayString(day), value: level(upTo, m) });
    }
    return {
      skillId: skill.skillId,
      target: skill.target,
      startLevel,
      expected: [
        { date: goal.startDate, value: startLevel },
        { date: dueDate, value: roundHalfUp2(skill.target) },
      ],
      actual,
    };
  });
}
