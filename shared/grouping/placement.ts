import type { Layout } from './layout';
import { mulberry32, shuffle } from './prng';
import type { Budget } from './search';

/**
 * Work (a unit checked against a group while choosing what to place next) the placements of one
 * makeGroups call may do, over all their restarts: some milliseconds, whatever the class.
 */
export const PLACEMENT_WORK = 3_000_000;

/** What placeUnits found: a group for every unit, or why there is none. */
export type Placement =
  | { found: true; groupOf: Int32Array }
  /** `proven`: no placement exists; otherwise the work ran out first */
  | { found: false; proven: boolean };

/**
 * Places every unit so that no keep-apart pair shares a group and every group holds lo..hi
 * students; pinned units stay where they are. A complete backtracking search: the unit with the
 * fewest groups left goes next (DSatur order: graph colouring, with group sizes as capacities),
 * tried first in its group in `prefer` (the local search's result, so the answer stays close to
 * it) and then in the others; empty groups with no pin are interchangeable, so only one is tried.
 * Units in no rule and of one student are left to the end: they only fill room. Restarts with
 * seeds derived from `seed` (other tie-breaks, `prefer` ignored every other time) and a doubling
 * work limit get past an early bad choice; the last one runs until `budget` is spent. A search
 * that ends without running out has tried everything, so `proven` then says no placement exists.
 */
export function placeUnits(
  L: Layout,
  lo: number,
  hi: number,
  prefer: Int32Array,
  seed: number,
  budget: Budget,
): Placement {
  const { k } = L;
  const U = L.units;
  const size = new Int32Array(k);
  const block = new Int32Array(U * k);
  const total = L.uSize.reduce((a, b) => a + b, 0);
  const place = (u: number, g: number, d: number) => {
    size[g] = (size[g] as number) + d * (L.uSize[u] as number);
    const adj = L.apartAdj[u] as number[];
    for (let e = 0; e < adj.length; e += 2) {
      const at = (adj[e] as number) * k + g;
      block[at] = (block[at] as number) + d;
    }
  };

  const groupOf = new Int32Array(U).fill(-1);
  const constrained: number[] = [];
  const fillers: number[] = [];
  for (let u = 0; u < U; u++) {
    if (!L.isMovable[u]) {
      groupOf[u] = L.groupOf[u] as number;
      place(u, groupOf[u] as number, 1);
    } else if ((L.apartAdj[u] as number[]).length > 0 || (L.uSize[u] as number) > 1) constrained.push(u);
    else fillers.push(u);
  }
  if (impossible(L, lo, hi, total, size, block, groupOf, constrained)) return { found: false, proven: true };

  let rest = total - size.reduce((a, b) => a + b, 0);
  let deficit = 0;
  for (let g = 0; g < k; g++) deficit += Math.max(0, lo - (size[g] as number));
  if (deficit > rest) return { found: false, proven: true };

  const rank = new Int32Array(U);
  const order = Array.from({ length: k }, (_, g) => g);
  let usePrefer = true;
  let work = 0;
  let limit = 0;
  let outOfWork = false;

  /** Groups unit u can still join. */
  const options = (u: number): number => {
    let count = 0;
    const s = L.uSize[u] as number;
    for (let g = 0; g < k; g++) if (block[u * k + g] === 0 && (size[g] as number) + s <= hi) count++;
    return count;
  };

  const goesFirst = (v: number, u: number): boolean => {
    const bySize = (L.uSize[v] as number) - (L.uSize[u] as number);
    if (bySize !== 0) return bySize > 0;
    const byRules = (L.apartAdj[v] as number[]).length - (L.apartAdj[u] as number[]).length;
    return byRules !== 0 ? byRules > 0 : (rank[v] as number) < (rank[u] as number);
  };

  const search = (left: number): boolean => {
    // The unassigned unit with the fewest options; ties: larger, more rules, then rank.
    let u = -1;
    let uAt = -1;
    let best = Infinity;
    for (let at = 0; at < left; at++) {
      const v = constrained[at] as number;
      const count = options(v);
      if (u < 0 || count < best || (count === best && goesFirst(v, u))) {
        u = v;
        uAt = at;
        best = count;
      }
    }
    work += left * k;
    if (work > limit) {
      outOfWork = true;
      return false;
    }
    if (u < 0) return true; // every constrained unit placed; the fill-ins always fit (see below)
    if (best === 0) return false;
    // The chosen unit swaps to the end of the unassigned part of `constrained`.
    constrained[uAt] = constrained[left - 1] as number;
    constrained[left - 1] = u;
    const s = L.uSize[u] as number;
    const first = usePrefer ? (prefer[u] as number) : -1;
    let triedEmpty = false;
    for (let j = -1; j < k; j++) {
      const g = j < 0 ? first : (order[j] as number);
      if (g < 0 || (j >= 0 && g === first)) continue;
      if (block[u * k + g] !== 0 || (size[g] as number) + s > hi) continue;
      if (size[g] === 0) {
        if (triedEmpty) continue;
        triedEmpty = true;
      }
      const before = Math.max(0, lo - (size[g] as number));
      const after = Math.max(0, lo - (size[g] as number) - s);
      // The groups still short of lo must be fillable by what is left.
      if (deficit - before + after > rest - s) continue;
      place(u, g, 1);
      groupOf[u] = g;
      deficit += after - before;
      rest -= s;
      if (search(left - 1)) return true;
      place(u, g, -1);
      groupOf[u] = -1;
      deficit -= after - before;
      rest += s;
      if (outOfWork) break;
    }
    constrained[left - 1] = constrained[uAt] as number;
    constrained[uAt] = u;
    return false;
  };

  const rng = mulberry32((seed ^ 0x5bd1e995) >>> 0);
  const pass = Math.max(1, constrained.length) * Math.max(1, constrained.length) * k;
  const end = budget.left;
  for (let attempt = 0, step = 2 * pass; work < end; attempt++, step *= 2) {
    if (attempt > 0) {
      shuffle(order, rng);
      const perm = shuffle(
        Array.from({ length: U }, (_, u) => u),
        rng,
      );
      perm.forEach((u, r) => (rank[u] = r));
    } else rank.forEach((_, u) => (rank[u] = u));
    usePrefer = attempt % 2 === 0;
    limit = Math.min(end, work + step);
    outOfWork = false;
    const found = search(constrained.length);
    budget.left = end - Math.min(work, end);
    if (found) {
      fill(L, lo, hi, size, groupOf, fillers, prefer);
      return { found: true, groupOf };
    }
    if (!outOfWork) return { found: false, proven: true };
  }
  return { found: false, proven: false };
}

/**
 * Plain reasons no placement can exist, found before searching: sizes that cannot add up, a
 * unit larger than hi, pinned units that break a keep-apart pair or overfill their group, or
 * more units that must all be apart than there are groups (a greedy clique).
 */
function impossible(
  L: Layout,
  lo: number,
  hi: number,
  total: number,
  size: Int32Array,
  block: Int32Array,
  groupOf: Int32Array,
  constrained: readonly number[],
): boolean {
  const { k } = L;
  if (lo > hi || k * lo > total || k * hi < total) return true;
  if (size.some((s) => s > hi)) return true;
  for (const u of constrained) if ((L.uSize[u] as number) > hi) return true;
  for (let u = 0; u < L.units; u++) {
    const g = groupOf[u] as number;
    if (g >= 0 && (block[u * k + g] as number) > 0) return true;
  }
  return largestCliqueFound(L) > k;
}

/** A clique of the keep-apart graph, grown greedily from each unit (a lower bound, cheap). */
function largestCliqueFound(L: Layout): number {
  const adj = L.apartAdj;
  let largest = 1;
  const clique: number[] = [];
  for (let u = 0; u < L.units; u++) {
    const a = adj[u] as number[];
    if (a.length / 2 < largest) continue;
    const near: number[] = [];
    for (let e = 0; e < a.length; e += 2) near.push(a[e] as number);
    near.sort((x, y) => (adj[y] as number[]).length - (adj[x] as number[]).length || x - y);
    clique.length = 0;
    clique.push(u);
    for (const v of near) {
      const av = adj[v] as number[];
      if (clique.every((w) => w === u || linked(av, w))) clique.push(v);
    }
    largest = Math.max(largest, clique.length);
  }
  return largest;
}

const linked = (adj: readonly number[], w: number): boolean => {
  for (let e = 0; e < adj.length; e += 2) if (adj[e] === w) return true;
  return false;
};

/**
 * The units in no rule (one student each) fill the room left: first into the groups they
 * prefer that are short of lo, then into the groups they prefer while there is spare, then
 * wherever a group is short of lo or, failing that, has room. The search only ends when the
 * students short of lo are no more than these, and hi * k >= the class, so all fit.
 */
function fill(
  L: Layout,
  lo: number,
  hi: number,
  size: Int32Array,
  groupOf: Int32Array,
  fillers: readonly number[],
  prefer: Int32Array,
): void {
  const { k } = L;
  let spare = fillers.length;
  for (let g = 0; g < k; g++) spare -= Math.max(0, lo - (size[g] as number));
  const put = (u: number, g: number) => {
    groupOf[u] = g;
    size[g] = (size[g] as number) + 1;
  };
  for (const u of fillers) {
    const g = prefer[u] as number;
    if ((size[g] as number) < lo) put(u, g);
  }
  for (const u of fillers) {
    const g = prefer[u] as number;
    if ((groupOf[u] as number) < 0 && spare > 0 && (size[g] as number) < hi) {
      put(u, g);
      spare--;
    }
  }
  for (const u of fillers) {
    if ((groupOf[u] as number) >= 0) continue;
    let g = 0;
    for (let h = 0; h < k; h++) if ((size[h] as number) < lo) g = h;
    if ((size[g] as number) >= lo) {
      for (let h = 0; h < k; h++) if ((size[h] as number) < (size[g] as number)) g = h;
    }
    put(u, g);
  }
}
