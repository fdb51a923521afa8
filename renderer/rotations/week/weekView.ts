// The week calendar and its teacher-time summary: which plans fall on which weekday, and how many
// minutes each group and each student spends at the teacher-led station in that week.

import { addDays, format, parseISO } from 'date-fns';
import { minutesByStudent } from '../../../shared';
import type { PlanView } from '../live/planView';

/** Monday to Friday of the week that starts on `monday`, as 'YYYY-MM-DD'. */
export function weekdays(monday: string): string[] {
  const start = parseISO(monday);
  return [0, 1, 2, 3, 4].map((i) => format(addDays(start, i), 'yyyy-MM-dd'));
}

/** The dates a plan runs on: its body's dates, else its own date. */
export function planDates(view: PlanView): string[] {
  return view.body.dates.length > 0 ? view.body.dates : view.plan.date ? [view.plan.date] : [];
}

export type DayEntry = { view: PlanView; day: number; days: number; start: string; end: string };

/** The plans on each weekday, in start-time order; a plan over several days shows on each of them. */
export function plansByDay(views: PlanView[], days: string[]): Map<string, DayEntry[]> {
  const out = new Map<string, DayEntry[]>(days.map((d) => [d, []]));
  for (const view of views) {
    const dates = planDates(view);
    dates.forEach((date, day) => {
      const list = out.get(date);
      if (!list) return;
      const slots = view.slots.filter((s) => s.day === day);
      const starts = slots.map((s) => s.start).sort();
      const ends = slots.map((s) => s.end).sort();
      list.push({
        view,
        day,
        days: dates.length,
        start: starts[0] ?? view.body.start,
        end: ends[ends.length - 1] ?? '',
      });
    });
  }
  for (const list of out.values())
    list.sort((a, b) => a.start.localeCompare(b.start) || a.view.plan.createdAt.localeCompare(b.view.plan.createdAt));
  return out;
}

export type GroupTeacherTime = {
  planId: string;
  planTitle: string;
  date: string;
  groupId: string;
  groupName: string;
  color: string;
  students: number;
  minutes: number;
};

export type StudentTeacherTime = {
  studentId: string;
  minutes: number;
  /** the groups the student met the teacher with: plan date and group name */
  meetings: { date: string; groupName: string; minutes: number }[];
};

/** Teacher-station minutes in the week (only the plan days that fall in `days`). */
export function teacherTime(views: PlanView[], days: string[]): { groups: GroupTeacherTime[]; students: Map<string, StudentTeacherTime> } {
  const inWeek = new Set(days);
  const groups: GroupTeacherTime[] = [];
  const students = new Map<string, StudentTeacherTime>();
  const studentEntry = (id: string) => {
    let entry = students.get(id);
    if (!entry) {
      entry = { studentId: id, minutes: 0, meetings: [] };
      students.set(id, entry);
    }
    return entry;
  };

  for (const view of views) {
    const dates = planDates(view);
    const weekDays = dates.map((d, i) => (inWeek.has(d) ? i : -1)).filter((i) => i >= 0);
    if (weekDays.length === 0) continue;
    const title = view.plan.title.trim() || 'Untitled plan';

    // No schedule (a plan that no longer builds): no teacher time to count.
    if (view.slots.length === 0) continue;

    const perStudent = minutesByStudent({
      slots: view.slots,
      stations: view.body.stations,
      groups: view.body.groups,
      minutesPerStation: view.body.minutesPerStation,
    });
    for (const group of view.body.groups) {
      for (const day of weekDays) {
        const minutes =
          view.slots.filter(
            (s) => s.day === day && s.groupId === group.id && view.stationById.get(s.stationId)?.kind === 'teacher',
          ).length * view.body.minutesPerStation;
        groups.push({
          planId: view.plan.id,
          planTitle: title,
          date: dates[day]!,
          groupId: group.id,
          groupName: group.name || 'Group',
          color: group.color,
          students: group.studentIds.length,
          minutes,
        });
        for (const id of group.studentIds) {
          const m = perStudent[id]?.byDay[day]?.teacher ?? 0;
          const entry = studentEntry(id);
          if (m > 0) {
            entry.minutes += m;
            entry.meetings.push({ date: dates[day]!, groupName: group.name || 'Group', minutes: m });
          }
        }
      }
    }
  }
  groups.sort((a, b) => a.date.localeCompare(b.date) || a.planTitle.localeCompare(b.planTitle));
  return { groups, students };
}
