import { groupMean } from './metrics';
import { hasRules, readProblem } from './problem';
import type { Problem } from './problem';
import { refine } from './refine';
import { similarStart } from './similar';
import { snakeDraft } from './snake';
import type { GroupingRequest, GroupingResult } from './types';
import { unmetRules } from './unmet';

/**
 * Groups the present students. The contract is DESIGN.md's ("Domain contracts -> Grouping"); the
 * choices it leaves open:
 *
 * - Present: in `students` and not in `absent`; a repeated id counts once (its first entry). A
 *   score that is not a finite number counts as null: the student is placed (where there is
 *   room, adding nothing to the objective) and listed in `unscored`, in input order.
 * - Group count: `groupCount`, else ceil(n / maxSize), else 4 (lowered to floor(n / minSize)
 *   when minSize is given, never below 1); never more than the present students. Nobody present:
 *   no groups, nothing unmet. Counts and sizes that are not positive numbers are ignored.
 * - Sizes: balanced, every group floor(n/k) or ceil(n/k). Only hard rules may unbalance them (a
 *   keep-together chain longer than a group, pins, keep-apart), and then as evenly as they allow;
 *   a size limit that balanced groups cannot meet (say 10 students, groupCount 3, maxSize 3) is
 *   reported once per group outside it.
 * - 'similar' with no rules is the exact optimum of the within-group sum of squares over every
 *   balanced size vector (see optimalBlocks); groups come from the lowest mean to the highest,
 *   groups with no scored student last. With pins, groups holding a pinned student keep the
 *   pinned index and the others are ordered by mean in the indices left.
 * - 'mixed' minimises the spread of group means (highest minus lowest, then their variance),
 *   spreading scored students evenly; with no rules it is never worse than the snake draft (it
 *   starts there and keeps it if the search does not beat it). With `pastGroups` it then lowers
 *   the count of repeated pairs while the spread stays within max(its own, the snake draft's).
 *   'similar' ignores `pastGroups`.
 * - Rules: pins are never broken (a pin outside 0..k-1 is unmet); then keep-apart; then
 *   keep-together (a pair is left out of a unit when joining it would break a pin, a keep-apart
 *   or maxSize); then sizes. Rules naming absent or unknown students are ignored; a rule given
 *   twice counts once. Every rule broken in the result is listed in `unmet` (see unmetRules).
 * - With rules (and always for 'mixed') a seeded local search refines the rule-free start; when
 *   it leaves a rule or size broken, an exact placement looks for a grouping where every rule
 *   holds (see refine()). Both draw only from mulberry32(seed ?? 1) and are bounded
 *   (SEARCH_BUDGET scored candidates, PLACEMENT_WORK steps, ample for a class of 200), so the
 *   same request and seed give the same result, in bounded time.
 * - Within a group, students are in input order.
 */
export function makeGroups(req: GroupingRequest): GroupingResult {
  const p = readProblem(req);
  const unscored = p.ids.filter((_, i) => p.scores[i] === null);
  if (p.k === 0) return { groups: [], unscored, unmet: [] };
  const start = p.strategy === 'similar' ? similarStart(p.scores, p.k) : snakeDraft(p.scores, p.k);
  const groupOf = p.strategy === 'mixed' || hasRules(p) ? refine(p, start) : start;
  const groups: number[][] = Array.from({ length: p.k }, () => []);
  groupOf.forEach((g, i) => (groups[g] as number[]).push(i));
  const ordered = p.strategy === 'similar' ? byMean(p, groups) : groups;
  return {
    groups: ordered.map((g) => g.map((i) => p.ids[i] as string)),
    unscored,
    unmet: unmetRules(p, ordered),
  };
}

/** Groups from the lowest mean to the highest (no mean last), pinned groups kept in place. */
function byMean(p: Problem, groups: number[][]): number[][] {
  const pinned = groups.map((g) => g.some((i) => (p.pin[i] as number) >= 0));
  const mean = groups.map((g) => groupMean(g.map((i) => p.scores[i] ?? null)));
  const free = groups.map((_, g) => g).filter((g) => !pinned[g]);
  const sorted = free.slice().sort((a, b) => {
    const ma = mean[a] ?? null;
    const mb = mean[b] ?? null;
    if (ma === null || mb === null) return ma === mb ? a - b : ma === null ? 1 : -1;
    return ma - mb || a - b;
  });
  const out = groups.slice();
  free.forEach((slot, j) => (out[slot] = groups[sorted[j] as number] as number[]));
  return out;
}
