import { roundHalfUp2 } from './mastery';
import type { GroupingRecord, PlanRecord } from './model';
import { planSchedule } from './rotations/planSchedule';
import { planMinutesByStudent } from './rotations/minutes';
import { plural } from './words';

export type GroupStats = { size: number; mean: number | null; min: number | null; max: number | null; unscored: number };

/** Mean and range of a group's grouping scores; students without a score are counted apart. */
export function groupStats(studentIds: string[], scores: Record<string, number | null>): GroupStats {
  let sum = 0;
  let n = 0;
  let min: number | null = null;
  let max: number | null = null;
  for (const id of studentIds) {
    const v = scores[id] ?? null;
    if (v === null) continue;
    sum += v;
    n++;
    min = min === null ? v : Math.min(min, v);
    max = max === null ? v : Math.max(max, v);
  }
  return { size: studentIds.length, mean: n ? sum / n : null, min, max, unscored: studentIds.length - n };
}

/** The smallest group where students can still talk a task through. */
export const MIN_DISCUSSION_SIZE = 3;

/** Plain-words warnings about a board as it stands. */
export function boardWarnings(
  groups: { name: string; studentIds: string[] }[],
  strategy: 'similar' | 'mixed',
  rules: { keepApart: [string, string][]; keepTogether: [string, string][] },
  names: Record<string, string>,
): string[] {
  const out: string[] = [];
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => g.studentIds.forEach((id) => groupOf.set(id, i)));
  for (const g of groups) {
    if (g.studentIds.length === 0) out.push(`${g.name} is empty.`);
    else if (strategy === 'mixed' && g.studentIds.length < MIN_DISCUSSION_SIZE) {
      out.push(`${g.name} has ${plural(g.studentIds.length, 'student')}: a collaborative group under ${MIN_DISCUSSION_SIZE} cannot hold a discussion.`);
    }
  }
  const sizes = groups.map((g) => g.studentIds.length).filter((n) => n > 0);
  if (sizes.length > 1 && Math.max(...sizes) - Math.min(...sizes) > 2) {
    out.push(`Group sizes run from ${Math.min(...sizes)} to ${Math.max(...sizes)}: the largest group will be hard to teach at one table.`);
  }
  const name = (id: string) => names[id] ?? 'a student who left';
  for (const [a, b] of rules.keepApart) {
    const ga = groupOf.get(a);
    if (ga !== undefined && ga === groupOf.get(b)) out.push(`${name(a)} and ${name(b)} should be kept apart but are both in ${groups[ga]!.name}.`);
  }
  for (const [a, b] of rules.keepTogether) {
    const ga = groupOf.get(a);
    const gb = groupOf.get(b);
    if (ga !== undefined && gb !== undefined && ga !== gb) out.push(`${name(a)} and ${name(b)} should be together but are in ${groups[ga]!.name} and ${groups[gb]!.name}.`);
  }
  return out;
}

export type GroupingChange = { studentId: string; kind: 'up' | 'down' | 'new' | 'same'; from?: string; to: string };

/**
 * What changed since an earlier grouping: a student who now sits in a group with a higher mean
 * rank than before "moved up". Ranks compare positions by mean, so group names may differ.
 */
export function groupingChanges(
  before: Pick<GroupingRecord, 'groups' | 'scores'>,
  after: { groups: { name: string; studentIds: string[] }[]; scores: Record<string, number | null> },
): GroupingChange[] {
  const rank = (groups: { studentIds: string[] }[], scores: Record<string, number | null>) => {
    const means = groups.map((g, i) => ({ i, mean: groupStats(g.studentIds, scores).mean ?? -Infinity }));
    means.sort((a, b) => a.mean - b.mean);
    const byGroup = new Map(means.map((m, r) => [m.i, r]));
    const out = new Map<string, { rank: number; name: string }>();
    groups.forEach((g, i) => g.studentIds.forEach((id) => out.set(id, { rank: byGroup.get(i)!, name: (g as { name?: string }).name ?? '' })));
    return out;
  };
  const was = rank(before.groups, before.scores ?? {});
  const now = rank(after.groups, after.scores);
  const changes: GroupingChange[] = [];
  for (const [id, n] of now) {
    const w = was.get(id);
    if (!w) changes.push({ studentId: id, kind: 'new', to: n.name });
    else changes.push({ studentId: id, kind: n.rank > w.rank ? 'up' : n.rank < w.rank ? 'down' : 'same', from: w.name, to: n.name });
  }
  return changes;
}

/**
 * Each student's minutes at the teacher-led station in the plans dated within [from, to],
 * computed from each plan's own schedule (never from minutes stored beside it, which could be stale).
 */
export function teacherMinutes(plans: Pick<PlanRecord, 'date' | 'body'>[], from: string, to: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const plan of plans) {
    if (plan.date < from || plan.date > to) continue;
    const body = plan.body;
    const { slots } = planSchedule(body);
    const minutes = planMinutesByStudent({ slots, stations: body.stations, groups: body.groups, minutesPerStation: body.minutesPerStation });
    for (const [id, m] of Object.entries(minutes)) if (m.teacher > 0) out.set(id, (out.get(id) ?? 0) + m.teacher);
  }
  return out;
}

/** A student's grouping score: the mean of their rolled-up levels on the chosen skills (null: no evidence on any). */
export function groupingScores(
  matrix: Map<string, Map<string, { value: number | null }>>,
  studentIds: string[],
  skillIds: string[],
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const id of studentIds) {
    let sum = 0;
    let n = 0;
    for (const skillId of skillIds) {
      const v = matrix.get(id)?.get(skillId)?.value ?? null;
      if (v !== null) {
        sum += v;
        n++;
      }
    }
    out[id] = n ? roundHalfUp2(sum / n) : null;
  }
  return out;
}
