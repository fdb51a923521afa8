import type { CalculationMethod } from '../mastery/methods';
import { rollup } from '../mastery/rollup';
import type { Score } from '../mastery/rollup';
import { formatLevel } from '../format';
import { roundHalfUp2 } from '../mastery/round';
import { scaleRange } from '../mastery/scale';
import type { MasteryScale } from '../mastery/scale';
import { dayNumber, formatDay } from './dates';
import { plural } from '../words';

/** A student's goal. Names and meanings are fixed by DESIGN.md ("Domain contracts -> Goals"). */
export type Goal = {
  id: string;
  studentId: string;
  /** in the student's words */
  title: string;
  /** each target is on the class scale */
  skills: { skillId: string; target: number }[];
  /** 'YYYY-MM-DD' */
  startDate: string;
  /** 'YYYY-MM-DD' */
  dueDate: string;
  closed?: { on: string; as: 'met' | 'dropped' };
};

export type GoalStatus = 'met' | 'on_track' | 'at_risk' | 'off_track' | 'overdue' | 'no_data';

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  met: 'Met',
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  overdue: 'Overdue',
  no_data: 'No data yet',
};

/** Most urgent first: the order a "who needs me" list sorts goals in. */
export const GOAL_STATUS_ORDER: readonly GoalStatus[] = ['overdue', 'off_track', 'at_risk', 'no_data', 'on_track', 'met'];

/** At most this many points below the expected level is on track. */
export const GOAL_ON_TRACK_GAP = 0.25;
/** At most this many points below the expected level (and more than GOAL_ON_TRACK_GAP) is at risk. */
export const GOAL_AT_RISK_GAP = 0.75;

/**
 * Where a skill is expected to be on `date`: the straight line from `start` (on `startDate`) to
 * `target` (on `dueDate`), by calendar days; `start` before the start date and `target` from the
 * due date on. A due date on or before the start date means the target is expected from the start
 * date on. Rounded to 2 decimals, half up, like every level (so it compares with rollup() values
 * exactly as a teacher reads them). NaN when a date cannot be read.
 */
export function expectedLevel(start: number, target: number, startDate: string, dueDate: string, date: string): number {
  return expectedOnDay(start, target, dayNumber(startDate), dayNumber(dueDate), dayNumber(date));
}

export function expectedOnDay(start: number, target: number, startDay: number, dueDay: number, day: number): number {
  if (Number.isNaN(startDay) || Number.isNaN(dueDay) || Number.isNaN(day)) return NaN;
  if (day < startDay) return roundHalfUp2(start);
  if (dueDay <= startDay || day >= dueDay) return roundHalfUp2(target);
  return roundHalfUp2(start + ((target - start) * (day - startDay)) / (dueDay - startDay));
}

/** The scale's lowest points: where a skill without evidence sits (0 for a scale without levels). */
export function lowestPoints(scale: MasteryScale): number {
  const { min } = scaleRange(scale);
  return Number.isFinite(min) ? min : 0;
}

/** The method argument of goalStatus() and goalProgressSeries(): one for all skills, or one per skill. */
export type GoalMethod = CalculationMethod | ((skillId: string) => CalculationMethod);

/** The method a skill of a goal rolls up by (see GoalMethod). */
export function methodFor(method: GoalMethod, skillId: string): CalculationMethod {
  return typeof method === 'function' ? method(skillId) : method;
}

/** One student's scores on one skill, safely (a missing key, or one like 'constructor', is none). */
export function scoresFor(scores: Record<string, Score[]>, skillId: string): readonly Score[] {
  if (scores === null || typeof scores !== 'object' || !Object.hasOwn(scores, skillId)) return [];
  const list = scores[skillId];
  return Array.isArray(list) ? list : [];
}

/** What one linked skill looks like on a day. */
export type SkillState = {
  skillId: string;
  target: number;
  /** the rollup of the scores dated on or before the day (undated ones count); lowest points when none */
  current: number;
  /** whether any score counted for `current` */
  scored: boolean;
  /** whether those scores roll up to a level (n_mastery: not before n scores at mastery) */
  levelled: boolean;
  /** the rollup of the undated scores and those dated on or before the start date; lowest points when none */
  startLevel: number;
  /** how many counted scores are dated on or after the start */
  since: number;
};

/**
 * A skill's state on `day` (a day number), rolled up by `method` (this skill's effective method).
 * Scores without a usable value (null, NaN) are no evidence at all; a date that cannot be read
 * counts as undated, as in rollup(). A rollup of `null` (n_mastery not reached yet) is the lowest
 * points too. A score dated on the start day counts both for the starting level (DESIGN.md: "the
 * rollup of scores dated on or before the start date") and as evidence since the start (`no_data`:
 * "no linked skill has a score dated on or after the start date").
 */
export function skillState(
  skill: { skillId: string; target: number },
  scores: Record<string, Score[]>,
  method: CalculationMethod,
  scale: MasteryScale,
  lowest: number,
  startDay: number,
  day: number,
): SkillState {
  const counted: Score[] = [];
  const before: Score[] = [];
  let since = 0;
  for (const s of scoresFor(scores, skill.skillId)) {
    if (s === null || typeof s !== 'object' || !Number.isFinite(s.value)) continue;
    const d = dayNumber(s.at);
    if (d > day) continue; // NaN (undated) never is
    counted.push(s);
    if (Number.isNaN(d) || d <= startDay) before.push(s);
    if (d >= startDay) since++;
  }
  const rolled = (list: Score[]): number | null => {
    if (list.length === 0) return null;
    const v = rollup(list, method, scale);
    return v === null || !Number.isFinite(v) ? null : v;
  };
  const level = (list: Score[]): number => rolled(list) ?? lowest;
  const now = rolled(counted);
  return {
    skillId: skill.skillId,
    target: skill.target,
    current: now ?? lowest,
    scored: counted.length > 0,
    levelled: now !== null,
    startLevel: level(before),
    since,
  };
}

// ---- words ----

/** A number as a teacher writes it: the one rule of shared/format (3, 2.6, 2.45). */
function num(x: number): string {
  return formatLevel(x);
}

/** Up to `max` parts joined with `sep`, then "and 2 more skills". */
function capped(parts: string[], sep: string, max = 3): string {
  if (parts.length <= max) return parts.join(sep);
  const rest = parts.length - max;
  return `${parts.slice(0, max).join(sep)}${sep}and ${plural(rest, 'more skill')}`;
}

/** "A", "A or B", "A, B or C", "A, B, C or 2 more skills". */
function listNames(names: string[], word: 'and' | 'or'): string {
  const shown = names.length > 3 ? [...names.slice(0, 3), plural(names.length - 3, 'more skill')] : names;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${word} ${shown[shown.length - 1]}`;
}

/**
 * The status of a goal on `today`, with the reason in a teacher's words. `scores` maps each skill
 * id to this student's scores on it; `labels` (optional) maps skill ids to the codes a teacher
 * knows them by ('6.RP.A.3'); a skill without one is named by its id.
 *
 * The rules of DESIGN.md, in order: `met` (the goal has skills and every one is at or above its
 * target, or the goal was closed as met), `overdue` (today is after the due date), `no_data` (no
 * linked skill has a score dated on or after the start date), then the skill furthest below its
 * expected level decides: at most 0.25 below is `on_track`, at most 0.75 `at_risk`, further
 * `off_track`. Levels, expected levels and the gap between them are rounded to 2 decimals, so the
 * numbers in the reason are the ones the status was decided on. Ties go to the first skill.
 *
 * `method` is one method for every skill, or a function giving each skill its effective method
 * (effectiveMethodOf() in shared/mastery: the skill's own in the class, else the class's), so a
 * goal and the tracker never disagree.
 *
 * Decisions beyond DESIGN.md:
 * - A goal closed as dropped is evaluated like an open one (the UI shows "dropped" from
 *   `closed`); its reason starts "Dropped on 5 Dec." A goal closed as met is `met` whatever the
 *   scores say, with the reason "Met: closed as met on 5 Dec" and the levels.
 * - A goal without skills is never met (unless closed as met): overdue after its due date, else
 *   `no_data`.
 * - A due date before the start date counts as the start date: the target is expected from the
 *   start on.
 * - Undated scores count for the current level and for the starting level (rollup() puts them
 *   first in time), but they are not evidence "since the start". Scores dated on the start day
 *   count for the starting level and as evidence since the start.
 * - A date-time score belongs to the UTC day of its instant.
 * - If `today` or the goal's dates are not real dates, the status is `no_data` and the reason says
 *   which date to fix. goalStatus never throws on the data it is given.
 */
export function goalStatus(
  goal: Goal,
  scores: Record<string, Score[]>,
  method: GoalMethod,
  scale: MasteryScale,
  today: string,
  labels?: Record<string, string>,
): { status: GoalStatus; reason: string } {
  const todayDay = dayNumber(today);
  const startDay = dayNumber(goal.startDate);
  const dueDay = dayNumber(goal.dueDate);
  const lowest = lowestPoints(scale);
  const skills = Array.isArray(goal.skills) ? goal.skills : [];
  const name = (id: string): string => {
    const code = labels && Object.hasOwn(labels, id) ? labels[id] : undefined;
    return typeof code === 'string' && code.trim() !== '' ? code.trim() : id;
  };
  const when = (day: number): string => formatDay(day, todayDay);
  // The tracker shows no level where the rollup gives none, so the reason says so in the same words.
  const at = (s: SkillState): string =>
    !s.scored
      ? `${name(s.skillId)} has no scores yet`
      : s.levelled
        ? `${name(s.skillId)} is at ${num(s.current)}`
        : `${name(s.skillId)} has no level yet (counts as ${num(s.current)})`;

  const result = ((): { status: GoalStatus; reason: string } => {
    if (Number.isNaN(todayDay)) {
      return { status: 'no_data', reason: `Today's date (${String(today)}) is not a real date, so the goal cannot be checked` };
    }
    const states = skills.map((skill) => skillState(skill, scores, methodFor(method, skill.skillId), scale, lowest, startDay, todayDay));
    const levels = (list: SkillState[]) => capped(list.map((s) => `${at(s)} (target ${num(s.target)})`), '; ');

    if (goal.closed?.as === 'met') {
      const on = dayNumber(goal.closed.on);
      const closed = Number.isNaN(on) ? 'Met: closed as met' : `Met: closed as met on ${when(on)}`;
      return { status: 'met', reason: states.length > 0 ? `${closed}; ${levels(states)}` : closed };
    }
    if (states.length > 0 && states.every((s) => s.current >= s.target)) {
      return { status: 'met', reason: `Met: ${levels(states)}` };
    }
    if (Number.isNaN(startDay) || Number.isNaN(dueDay)) {
      const which = Number.isNaN(startDay) && Number.isNaN(dueDay) ? 'start and due dates are' : Number.isNaN(startDay) ? 'start date is' : 'due date is';
      return { status: 'no_data', reason: `The goal's ${which} not a real date: fix it to see progress` };
    }
    if (todayDay > dueDay) {
      const below = states.filter((s) => !(s.current >= s.target));
      const detail =
        below.length > 0
          ? capped(below.map((s) => `${at(s)}, target ${num(s.target)}`), '; ')
          : 'no skills are linked to this goal';
      return { status: 'overdue', reason: `Due ${when(dueDay)}; ${detail}` };
    }
    if (states.length === 0) {
      return { status: 'no_data', reason: 'No skills are linked to this goal yet' };
    }
    if (!states.some((s) => s.since > 0)) {
      const names = listNames(states.map((s) => name(s.skillId)), 'or');
      const reason =
        todayDay < startDay
          ? `The goal starts on ${when(startDay)}; no evidence on ${names} yet`
          : `No evidence on ${names} since the goal started on ${when(startDay)}`;
      return { status: 'no_data', reason };
    }

    let worst: SkillState | null = null;
    let worstExpected = 0;
    let worstGap = -Infinity;
    for (const s of states) {
      const expected = expectedOnDay(s.startLevel, s.target, startDay, dueDay, todayDay);
      const gap = roundHalfUp2(expected - s.current);
      if (worst === null || gap > worstGap) {
        worst = s;
        worstExpected = expected;
        worstGap = gap;
      }
    }
    const w = worst!;
    const status: GoalStatus = worstGap <= GOAL_ON_TRACK_GAP ? 'on_track' : worstGap <= GOAL_AT_RISK_GAP ? 'at_risk' : 'off_track';
    const level = !w.scored
      ? `${name(w.skillId)} has no scores yet (counts as ${num(w.current)})`
      : w.levelled
        ? `${name(w.skillId)} is at ${num(w.current)}`
        : `${name(w.skillId)} has no level yet (counts as ${num(w.current)})`;
    return { status, reason: `${level}, expected ${num(worstExpected)} by today` };
  })();

  if (goal.closed?.as === 'dropped') {
    const on = dayNumber(goal.closed.on);
    const dropped = Number.isNaN(on) ? 'Dropped.' : `Dropped on ${when(on)}.`;
    return { status: result.status, reason: `${dropped} ${result.reason}` };
  }
  return result;
}
