import { createLayout, setMode } from './layout';
import type { Layout } from './layout';
import { meanSpread } from './metrics';
import { hasRules } from './problem';
import type { Problem } from './problem';
import { mulberry32 } from './prng';
import { repairRules } from './repair';
import { settle } from './search';
import { buildUnits } from './units';

/** Candidate moves one makeGroups call may score, and perturbations when rules stay broken. */
export const SEARCH_BUDGET = 60_000;
export const SEARCH_KICKS = 30;
/** At most this much of the budget goes to lowering repeated past pairs ('mixed'). */
export const PAST_BUDGET = 25_000;

/**
 * Renames the start's groups so that each pin target gets the start group already holding most
 * of the students pinned to it (greedy matching), so the search starts close to the pins.
 */
function relabelForPins(p: Problem, start: Int32Array): Int32Array {
  const { k } = p;
  const counts = new Map<number, number>();
  p.pin.forEach((target, i) => {
    if (target < 0) return;
    const key = (start[i] as number) * k + target;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  if (counts.size === 0) return start;
  const rename = new Int32Array(k).fill(-1);
  const taken = new Array<boolean>(k).fill(false);
  [...counts]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .forEach(([key]) => {
      const from = Math.floor(key / k);
      const to = key % k;
      if (rename[from] !== -1 || taken[to]) return;
      rename[from] = to;
      taken[to] = true;
    });
  let free = 0;
  for (let g = 0; g < k; g++) {
    if (rename[g] !== -1) continue;
    while (taken[free]) free++;
    rename[g] = free;
    taken[free] = true;
  }
  return start.map((g) => rename[g] as number);
}

/** The mean score of each group of a start (NaN: no scored student). */
function groupMeans(p: Problem, groupOf: Int32Array): number[] {
  const sum = new Array<number>(p.k).fill(0);
  const count = new Array<number>(p.k).fill(0);
  groupOf.forEach((g, i) => {
    const s = p.scores[i];
    if (s === null || s === undefined) return;
    sum[g] = (sum[g] as number) + s;
    count[g] = (count[g] as number) + 1;
  });
  return sum.map((s, g) => (count[g] ? s / (count[g] as number) : NaN));
}

/**
 * Where a unit starts: a single student where the start put them; a keep-together unit, for
 * 'similar', in the group whose mean is nearest the unit's (its members may have been far
 * apart); for 'mixed', or a unit with no score, in the group holding most of its members (the
 * first such group on a tie).
 */
function startGroup(
  p: Problem,
  members: readonly number[],
  begin: Int32Array,
  means: readonly number[],
): number {
  if (members.length === 1) return begin[members[0] as number] as number;
  const scores = members.map((i) => p.scores[i]).filter((s): s is number => typeof s === 'number');
  if (p.strategy === 'similar' && scores.length > 0) {
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    let best = -1;
    means.forEach((m, g) => {
      if (!Number.isNaN(m) && (best < 0 || Math.abs(m - mean) < Math.abs((means[best] as number) - mean)))
        best = g;
    });
    if (best >= 0) return best;
  }
  const votes = new Array<number>(p.k).fill(0);
  for (const i of members) votes[begin[i] as number] = (votes[begin[i] as number] as number) + 1;
  return votes.indexOf(Math.max(...votes));
}

function spreadOf(p: Problem, groupOf: Int32Array): number {
  const groups: (number | null)[][] = Array.from({ length: p.k }, () => []);
  groupOf.forEach((g, i) => (groups[g] as (number | null)[]).push(p.scores[i] ?? null));
  return meanSpread(groups);
}

function studentsOf(L: Layout, unitOf: Int32Array): Int32Array {
  return unitOf.map((u) => L.groupOf[u] as number);
}

/**
 * The seeded local search, from a rule-free start (the 'similar' optimum or the snake draft),
 * its groups renamed to suit the pins: keep-together students become units (see buildUnits)
 * placed by startGroup, pinned units at their pin and never moved; then descents of moves and
 * swaps, macro moves and, while rules stay broken, seeded kicks (see settle) repair keep-apart
 * and sizes first and improve the objective after, never trading a rule or size for it. If a
 * rule or size is still off, an exact placement looks for a grouping where all hold and the
 * search settles from there (see repairRules), so rules that can all hold do. 'mixed'
 * then, when there are past groups, lowers repeated pairs (within PAST_BUDGET) as long as the
 * mean spread stays within the larger of its own and the snake draft's. Returns the group of
 * every student.
 */
export function refine(p: Problem, start: Int32Array): Int32Array {
  const begin = relabelForPins(p, start);
  const units = buildUnits(p);
  const unitGroup = new Int32Array(units.members.length);
  const means = groupMeans(p, begin);
  units.members.forEach((members, u) => {
    const pin = units.pin[u] as number;
    if (pin >= 0) {
      unitGroup[u] = pin;
      return;
    }
    unitGroup[u] = startGroup(p, members, begin, means);
  });
  const mixed = p.strategy === 'mixed';
  const L = createLayout(p, units, unitGroup, { mixed, usePast: false, cap: Infinity });
  const rng = mulberry32(p.seed);
  const budget = { left: SEARCH_BUDGET };
  settle(L, rng, budget, SEARCH_KICKS);
  repairRules(L, rng, p.seed, { left: SEARCH_BUDGET }, SEARCH_KICKS);
  if (!mixed) return studentsOf(L, units.unitOf);

  const snakeSpread = spreadOf(p, start);
  if (p.past.size > 0) {
    // A hair under the snake's spread, so float noise cannot carry the result over it.
    const cap = Math.max(L.cost[5] as number, snakeSpread - 1e-9 * Math.max(1, snakeSpread));
    setMode(L, { mixed, usePast: true, cap });
    const pastBudget = { left: Math.min(budget.left, PAST_BUDGET) };
    settle(L, rng, pastBudget, 0);
  }
  const result = studentsOf(L, units.unitOf);
  // Never worse than the snake draft when nothing else (a rule) stands in the way.
  if (!hasRules(p) && spreadOf(p, result) > snakeSpread) return start;
  return result;
}
