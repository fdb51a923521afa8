import { plural, type GoalRecord, type GroupingRecord } from '../../../shared';

/** Whose goal sheets print together: the whole class, the students of one group goal, or a group. */
export type SheetChoice = { key: string; label: string; studentIds: string[] };

/** Goals set together for several students share their words, skills, targets and due date. */
export const goalKind = (g: Pick<GoalRecord, 'title' | 'dueDate' | 'skills'>) =>
  JSON.stringify([g.title.trim(), g.dueDate, g.skills.map((s) => [s.skillId, s.target]).sort()]);

/**
 * The sets a teacher prints at once, each with its students in name order:
 * - everyone on the roster with an open goal ("class");
 * - each goal set for several students at once (same words, skills, targets and due date), as
 *   "Goals for a group" makes them ("goal:<one of its goal ids>");
 * - each group of the newest saved grouping ("group:<grouping id>:<group index>").
 */
export function sheetChoices(input: {
  /** the class's current students, in the order sheets print (by name) */
  students: { id: string; name: string }[];
  /** open goals */
  goals: GoalRecord[];
  /** saved groupings, newest first */
  groupings: Pick<GroupingRecord, 'id' | 'name' | 'groups'>[];
}): SheetChoice[] {
  const order = new Map(input.students.map((s, i) => [s.id, i]));
  const inOrder = (ids: Iterable<string>) =>
    [...new Set(ids)].filter((id) => order.has(id)).sort((a, b) => order.get(a)! - order.get(b)!);
  const students = (n: number) => plural(n, 'student');

  const withGoals = inOrder(input.goals.map((g) => g.studentId));
  const out: SheetChoice[] = [{ key: 'class', label: `Everyone with an open goal (${students(withGoals.length)})`, studentIds: withGoals }];

  const kinds = new Map<string, GoalRecord[]>();
  for (const g of input.goals) kinds.set(goalKind(g), [...(kinds.get(goalKind(g)) ?? []), g]);
  for (const same of kinds.values()) {
    const ids = inOrder(same.map((g) => g.studentId));
    if (ids.length < 2) continue;
    out.push({ key: `goal:${same[0]!.id}`, label: `The goal “${same[0]!.title.trim()}” (${students(ids.length)})`, studentIds: ids });
  }

  const newest = input.groupings[0];
  newest?.groups.forEach((g, i) => {
    const ids = inOrder(g.studentIds);
    if (ids.length === 0) return;
    out.push({ key: `group:${newest.id}:${i}`, label: `${g.name || `Group ${i + 1}`} of “${newest.name}” (${students(ids.length)})`, studentIds: ids });
  });
  return out;
}
