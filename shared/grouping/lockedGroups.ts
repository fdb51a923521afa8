import { makeGroups } from './makeGroups';
import { countGroups } from './problem';
import { DEFAULT_GROUP_COUNT, GROUPING_RULES, type GroupingRequest, type GroupingResult } from './types';

/** A whole group the teacher locked: it keeps exactly these students, at this place on the board. */
export type LockedGroup = { at: number; studentIds: string[] };

export type RegroupResult = GroupingResult & {
  /** where each locked group ended up (same order as given): its index in `groups` */
  lockedAt: number[];
};

/**
 * "Regroup the rest" around whole locked groups. A locked group keeps exactly its present members,
 * no more and no fewer, at its place (or the nearest free place when there are fewer groups now);
 * everyone else is grouped by the request into the other groups:
 * - the group count asked for counts the locked groups (4 groups with 1 locked: 3 more are made);
 *   with neither a count nor a largest size, the usual 4 in all; with a largest size only, as many
 *   as the rest need;
 * - a pin into another group stays a pin there; a pin into a locked group cannot hold and is unmet,
 *   as is a keep-together pair split by a lock or a keep-apart pair locked together;
 * - size limits concern the groups made, not the locked ones the teacher chose.
 * With no locked group it is makeGroups itself.
 */
export function makeGroupsAround(req: GroupingRequest, locked: LockedGroup[]): RegroupResult {
  if (locked.length === 0) return { ...makeGroups(req), lockedAt: [] };
  const absent = new Set(req.absent ?? []);
  const present = new Set(req.students.filter((s) => !absent.has(s.id)).map((s) => s.id));
  const held = new Map<string, number>();
  const keep = locked.map((g, li) => {
    const ids: string[] = [];
    for (const id of g.studentIds) {
      if (!present.has(id) || held.has(id)) continue;
      held.set(id, li);
      ids.push(id);
    }
    return { at: g.at, ids };
  });

  const rest = req.students.filter((s) => !held.has(s.id));
  const restPresent = new Set(rest.filter((s) => !absent.has(s.id)).map((s) => s.id)).size;
  const asked = typeof req.groupCount === 'number' && req.groupCount >= 1 ? Math.floor(req.groupCount) : null;
  const restCount =
    asked !== null
      ? Math.max(1, asked - keep.length)
      : req.maxSize === undefined
        ? Math.max(1, DEFAULT_GROUP_COUNT - keep.length)
        : undefined;
  const sized = { ...req, groupCount: restCount };
  const restK = countGroups(restPresent, sized);
  const total = keep.length + restK;

  // Locked groups keep their places; the groups made fill the others in order.
  const taken = new Set<number>();
  const lockedAt = keep.map((g) => {
    let at = Math.min(Math.max(0, Math.floor(g.at)), total - 1);
    while (taken.has(at)) at = (at + 1) % total;
    taken.add(at);
    return at;
  });
  const free = Array.from({ length: total }, (_, i) => i).filter((i) => !taken.has(i));

  const unmet: GroupingResult['unmet'] = [];
  const pinned: Record<string, number> = {};
  for (const [id, at] of Object.entries(req.pinned ?? {})) {
    if (held.has(id) || !present.has(id)) continue;
    const slot = free.indexOf(at);
    if (slot >= 0) pinned[id] = slot;
    else unmet.push({ rule: 'pinned', students: [id] });
  }
  const keepApart: [string, string][] = [];
  for (const pair of req.keepApart ?? []) {
    const [a, b] = pair;
    if (!present.has(a) || !present.has(b)) continue;
    if (held.has(a) && held.has(b)) {
      if (held.get(a) === held.get(b)) unmet.push({ rule: 'keepApart', students: [a, b] });
    } else if (!held.has(a) && !held.has(b)) keepApart.push(pair);
  }
  const keepTogether: [string, string][] = [];
  for (const pair of req.keepTogether ?? []) {
    const [a, b] = pair;
    if (!present.has(a) || !present.has(b)) continue;
    if (!held.has(a) && !held.has(b)) keepTogether.push(pair);
    else if (held.get(a) !== held.get(b)) unmet.push({ rule: 'keepTogether', students: [a, b] });
  }

  const made = makeGroups({ ...sized, students: rest, pinned, keepApart, keepTogether });
  const groups: string[][] = Array.from({ length: total }, () => []);
  keep.forEach((g, i) => (groups[lockedAt[i]!] = g.ids));
  made.groups.forEach((g, i) => {
    const slot = free[i];
    if (slot !== undefined) groups[slot] = g;
  });

  const order = (rule: string) => GROUPING_RULES.indexOf(rule as (typeof GROUPING_RULES)[number]);
  const seen = new Set<string>();
  const unscored = req.students
    .filter((s) => present.has(s.id) && !(typeof s.score === 'number' && Number.isFinite(s.score)))
    .map((s) => s.id)
    .filter((id) => !seen.has(id) && seen.add(id));
  return {
    groups,
    unscored,
    unmet: [...unmet, ...made.unmet].sort((a, b) => order(a.rule) - order(b.rule)),
    lockedAt,
  };
}
