import { COST_LENGTH } from './cost';
import { applyMoves } from './layout';
import type { Layout } from './layout';
import { evalChange } from './moves';
import type { Budget } from './search';

/**
 * Moves that single moves and swaps cannot make without passing through a worse state, scored in
 * O(1) each from the group sums (evalChange). Each applies the best one that lowers the cost
 * tuple and returns the two groups it changed, or null. Each scored candidate costs the budget 1.
 */

const isFree = (L: Layout, u: number) =>
  L.uSize[u] === 1 && (L.apartAdj[u] as number[]).length === 0 && (L.pastAdj[u] as number[]).length === 0;

/**
 * Groups g and h trade every unit that is not pinned: in effect two groups are relabelled around
 * their pinned students (a pinned high scorer in a low group takes the high scorers with it).
 * Two groups with no pinned student would only trade names, so at least one must have one.
 */
export function bestContentSwap(L: Layout, budget: Budget): [number, number] | null {
  const { k } = L;
  // Sums of each group's movable units, and keep-apart / past weights between the movable
  // units of one group and the pinned units of another.
  const size = new Float64Array(k);
  const count = new Float64Array(k);
  const sum = new Float64Array(k);
  const sq = new Float64Array(k);
  const apart = new Float64Array(k * k);
  const past = new Float64Array(k * k);
  const pinned = new Array<boolean>(k).fill(false);
  for (let u = 0; u < L.units; u++) {
    const g = L.groupOf[u] as number;
    if (!L.isMovable[u]) {
      pinned[g] = true;
      continue;
    }
    size[g] = (size[g] as number) + (L.uSize[u] as number);
    count[g] = (count[g] as number) + (L.uCount[u] as number);
    sum[g] = (sum[g] as number) + (L.uSum[u] as number);
    sq[g] = (sq[g] as number) + (L.uSq[u] as number);
    for (const [adj, into] of [
      [L.apartAdj[u] as number[], apart],
      [L.pastAdj[u] as number[], past],
    ] as const) {
      for (let e = 0; e < adj.length; e += 2) {
        const v = adj[e] as number;
        if (L.isMovable[v]) continue;
        const at = g * k + (L.groupOf[v] as number);
        into[at] = (into[at] as number) + (adj[e + 1] as number);
      }
    }
  }
  const cand = new Float64Array(COST_LENGTH);
  const best = Float64Array.from(L.cost);
  let pick: [number, number] | null = null;
  for (let g = 0; g < k; g++) {
    for (let h = g + 1; h < k; h++) {
      if ((!pinned[g] && !pinned[h]) || (size[g] === 0 && size[h] === 0)) continue;
      budget.left--;
      const cross = (a: number, b: number, m: Float64Array) =>
        (m[a * k + b] as number) +
        (m[b * k + a] as number) -
        (m[a * k + a] as number) -
        (m[b * k + b] as number);
      const ok = evalChange(
        L,
        g,
        h,
        (size[g] as number) - (size[h] as number),
        (count[g] as number) - (count[h] as number),
        (sum[g] as number) - (sum[h] as number),
        (sq[g] as number) - (sq[h] as number),
        cross(g, h, apart),
        cross(g, h, past),
        cand,
        best,
      );
      if (ok) {
        best.set(cand);
        pick = [g, h];
      }
    }
  }
  if (pick === null) return null;
  const [g, h] = pick;
  const moves: [number, number][] = [];
  for (const u of L.movable) {
    if (L.groupOf[u] === g) moves.push([u, h]);
    else if (L.groupOf[u] === h) moves.push([u, g]);
  }
  applyMoves(L, moves);
  return pick;
}

/**
 * A unit of s > 1 students (keep-together) trades places with s free single students (in no
 * rule or past pair) of another group: those closest to what the unit's group needs
 * ('similar': its mean without the unit, unscored students first as they cost nothing;
 * 'mixed': the unit's own mean, so both means stay put).
 */
export function bestUnitExchange(L: Layout, budget: Budget): [number, number] | null {
  const { k } = L;
  const scored: number[][] = Array.from({ length: k }, () => []);
  const unscored: number[][] = Array.from({ length: k }, () => []);
  let anyUnit = false;
  for (const u of L.movable) {
    if ((L.uSize[u] as number) > 1) anyUnit = true;
    if (!isFree(L, u)) continue;
    ((L.uCount[u] === 1 ? scored : unscored)[L.groupOf[u] as number] as number[]).push(u);
  }
  if (!anyUnit) return null;
  for (const list of scored) list.sort((a, b) => (L.uSum[a] as number) - (L.uSum[b] as number) || a - b);
  const cand = new Float64Array(COST_LENGTH);
  const best = Float64Array.from(L.cost);
  let pick: [number, number, number[]] | null = null;
  const chosen: number[] = [];
  for (const u of L.movable) {
    const s = L.uSize[u] as number;
    if (s < 2) continue;
    const g = L.groupOf[u] as number;
    const uCount = L.uCount[u] as number;
    const restCount = (L.gCount[g] as number) - uCount;
    const target = L.mode.mixed
      ? uCount > 0
        ? (L.uSum[u] as number) / uCount
        : 0
      : restCount > 0
        ? ((L.gSum[g] as number) - (L.uSum[u] as number)) / restCount
        : 0;
    const unscoredFirst = !L.mode.mixed || uCount < s;
    for (let h = 0; h < k; h++) {
      if (h === g) continue;
      chosen.length = 0;
      if (unscoredFirst) for (const v of unscored[h] as number[]) if (chosen.length < s) chosen.push(v);
      nearest(L, scored[h] as number[], target, s - chosen.length, chosen);
      if (chosen.length < s) continue;
      let size = s;
      let count = uCount;
      let sum = L.uSum[u] as number;
      let sq = L.uSq[u] as number;
      for (const v of chosen) {
        size -= L.uSize[v] as number;
        count -= L.uCount[v] as number;
        sum -= L.uSum[v] as number;
        sq -= L.uSq[v] as number;
      }
      budget.left--;
      const dApart = (L.apartIn[u * k + h] as number) - (L.apartIn[u * k + g] as number);
      const dPast = (L.pastIn[u * k + h] as number) - (L.pastIn[u * k + g] as number);
      if (evalChange(L, g, h, size, count, sum, sq, dApart, dPast, cand, best)) {
        best.set(cand);
        pick = [u, h, chosen.slice()];
      }
    }
  }
  if (pick === null) return null;
  const [u, h, singles] = pick;
  const g = L.groupOf[u] as number;
  applyMoves(L, [[u, h], ...singles.map((v) => [v, g] as [number, number])]);
  return [g, h];
}

/** Appends to `out` the `want` units of `sorted` (ascending score) closest to `target`. */
function nearest(L: Layout, sorted: readonly number[], target: number, want: number, out: number[]): void {
  if (want <= 0) return;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((L.uSum[sorted[mid] as number] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  let left = lo - 1;
  let right = lo;
  for (let taken = 0; taken < want && (left >= 0 || right < sorted.length); taken++) {
    const dl = left >= 0 ? target - (L.uSum[sorted[left] as number] as number) : Infinity;
    const dr = right < sorted.length ? (L.uSum[sorted[right] as number] as number) - target : Infinity;
    out.push(sorted[dl <= dr ? left-- : right++] as number);
  }
}
