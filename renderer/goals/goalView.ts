import { addDays, endOfWeek, format, parseISO } from 'date-fns';
import { effectiveMethod, formatDate, goalStatus, type CalculationMethod, type CheckIn, type GoalRecord, type GoalStatus } from '../../shared';
import type { GoalsData } from '../db/goals';

export type GoalRow = {
  goal: GoalRecord;
  status: GoalStatus;
  reason: string;
  /** the date of the next check-in: the latest check-in's, else a week after the start */
  nextCheckIn: string | null;
  lastCheckIn: CheckIn | null;
};

export function skillLabels(data: GoalsData): Record<string, string> {
  return Object.fromEntries(data.skills.map((s) => [s.skill.id, s.skill.code]));
}

/**
 * Each skill's effective method in this class (its own, else the class's), as goalStatus() and
 * goalProgressSeries() take it: every goal screen rolls a skill up the way the tracker does.
 */
export function goalMethod(data: Pick<GoalsData, 'settings' | 'skillMethods'>): (skillId: string) => CalculationMethod {
  const methods = data.skillMethods;
  return (skillId) => (Object.hasOwn(methods, skillId) ? methods[skillId]! : effectiveMethod(data.settings));
}

export function goalRows(data: GoalsData, today: string): GoalRow[] {
  const labels = skillLabels(data);
  const method = goalMethod(data);
  const checkInsByGoal = new Map<string, CheckIn[]>();
  for (const c of data.checkIns) checkInsByGoal.set(c.goalId, [...(checkInsByGoal.get(c.goalId) ?? []), c]);
  return data.goals.map((goal) => {
    const { status, reason } = goalStatus(
      goal,
      data.scores.get(goal.studentId) ?? {},
      method,
      data.settings.scale,
      today,
      labels,
    );
    const checkIns = (checkInsByGoal.get(goal.id) ?? []).sort((a, b) => a.date.localeCompare(b.date));
    const lastCheckIn = checkIns[checkIns.length - 1] ?? null;
    const nextCheckIn = goal.closed
      ? null
      : lastCheckIn
        ? lastCheckIn.nextDate
        : format(addDays(parseISO(goal.startDate), 7), 'yyyy-MM-dd');
    return { goal, status, reason, nextCheckIn, lastCheckIn };
  });
}

/** Open goals whose next check-in falls on or before the end of this week (late ones included). */
export function checkInsDue(rows: GoalRow[], today: string): GoalRow[] {
  const weekEnd = format(endOfWeek(parseISO(today), { weekStartsOn: 1 }), 'yyyy-MM-dd');
  return rows
    .filter((r) => !r.goal.closed && r.nextCheckIn !== null && r.nextCheckIn <= weekEnd)
    .sort((a, b) => a.nextCheckIn!.localeCompare(b.nextCheckIn!));
}

/** "Fri 12 Dec": a check-in or due day in the goal lists. */
export function formatDay(iso: string): string {
  return formatDate(iso, 'weekday');
}
