import { COST_LENGTH } from './cost';
import { applyMove, applySwap } from './layout';
import type { Layout } from './layout';
import { evalMove, evalSwap } from './moves';
import { shuffle } from './prng';
import type { Budget } from './search';

/**
 * The descent for 'similar', where every change's cost is local to the two groups it touches
 * (and the moved units' keep-apart partners). Plain units (one scored student in no pair, see
 * Layout.plain) are never scanned one by one: the cost of moving or swapping a plain unit is
 * concave in its score, so between two groups only the lowest and highest plain units can be
 * best: 6 candidates per pair of groups, rescored only when either group changed. The other
 * units are scanned against the groups that changed since their last scan (all of them after
 * their own group or a keep-apart partner moved). Stops at a local optimum over every move and
 * swap, or when the budget is spent.
 */
export function descendSimilar(
  L: Layout,
  rng: () => number,
  budget: Budget,
  changed?: readonly number[],
): void {
  const { k } = L;
  const others = L.movable.filter((u) => L.plain[u] === 0);
  const dirty = new Uint8Array(L.units * k);
  const queued = new Uint8Array(L.units);
  const queue: number[] = [];
  const pairDirty = new Uint8Array(k * k);
  const lowest = new Int32Array(k);
  const highest = new Int32Array(k);
  let extremesVersion = -1;
  const cand = new Float64Array(COST_LENGTH);
  const best = new Float64Array(COST_LENGTH);

  const enqueue = (u: number) => {
    if (queued[u] === 0) {
      queued[u] = 1;
      queue.push(u);
    }
  };
  const allDirty = (u: number) => {
    dirty.fill(1, u * k, u * k + k);
    enqueue(u);
  };
  const markGroup = (x: number) => {
    for (let g = 0; g < k; g++) pairDirty[g < x ? g * k + x : x * k + g] = 1;
    for (const u of others) {
      if (L.groupOf[u] === x) allDirty(u);
      else {
        dirty[u * k + x] = 1;
        enqueue(u);
      }
    }
  };
  const wakePartners = (u: number) => {
    const a = L.apartAdj[u] as number[];
    for (let e = 0; e < a.length; e += 2) if (L.isMovable[a[e] as number]) allDirty(a[e] as number);
  };

  if (changed === undefined) {
    pairDirty.fill(1);
    const order = shuffle(others.slice(), rng);
    const troubled = order.filter((u) => (L.apartIn[u * k + (L.groupOf[u] as number)] as number) > 0);
    for (const u of [...troubled, ...order]) allDirty(u);
  } else for (const g of changed) markGroup(g);

  // The best candidate so far: a move of `pick` to group -1 - mate, or a swap of pick and mate.
  let pick = -1;
  let mate = -1;
  const tryMove = (u: number, to: number) => {
    if (u < 0) return;
    budget.left--;
    if (evalMove(L, u, to, cand, best)) {
      best.set(cand);
      pick = u;
      mate = -1 - to;
    }
  };
  const trySwap = (u: number, v: number) => {
    if (
      u < 0 ||
      v < 0 ||
      ((L.twin[u] as number) >= 0 && L.twin[v] === L.twin[u]) ||
      (L.plain[u] === 1 && L.plain[v] === 1 && L.uSum[u] === L.uSum[v])
    )
      return;
    budget.left--;
    if (evalSwap(L, u, v, cand, best)) {
      best.set(cand);
      pick = u;
      mate = v;
    }
  };
  const apply = (): [number, number] => {
    const g = L.groupOf[pick] as number;
    const h = mate >= 0 ? (L.groupOf[mate] as number) : -1 - mate;
    if (mate >= 0) applySwap(L, pick, mate);
    else applyMove(L, pick, h);
    markGroup(g);
    markGroup(h);
    return [g, h];
  };

  let head = 0;
  while (budget.left > 0) {
    if (extremesVersion !== L.version) {
      plainExtremes(L, lowest, highest);
      extremesVersion = L.version;
    }
    // 1. Plain units, pair by pair of changed groups; the first pair that improves is applied.
    let applied = false;
    for (let g = 0; g < k && !applied; g++) {
      for (let h = g + 1; h < k && !applied; h++) {
        if (pairDirty[g * k + h] === 0) continue;
        pairDirty[g * k + h] = 0;
        best.set(L.cost);
        pick = -1;
        tryMove(lowest[g] as number, h);
        tryMove(highest[g] as number, h);
        tryMove(lowest[h] as number, g);
        tryMove(highest[h] as number, g);
        trySwap(highest[g] as number, lowest[h] as number);
        trySwap(lowest[g] as number, highest[h] as number);
        if (pick < 0) continue;
        apply();
        applied = true;
      }
    }
    if (applied) continue;
    // 2. The next unit that is not plain, against the groups that changed since its last scan.
    if (head >= queue.length) break;
    const u = queue[head++] as number;
    queued[u] = 0;
    const g = L.groupOf[u] as number;
    best.set(L.cost);
    pick = -1;
    for (let h = 0; h < k; h++) {
      if (h === g || dirty[u * k + h] === 0) continue;
      tryMove(u, h);
      trySwap(u, lowest[h] as number);
      if (highest[h] !== lowest[h]) trySwap(u, highest[h] as number);
    }
    for (const v of others) {
      const h = L.groupOf[v] as number;
      if (h !== g && dirty[u * k + h] === 1) trySwap(u, v);
    }
    dirty.fill(0, u * k, u * k + k);
    if (pick < 0) continue;
    const other = mate;
    apply();
    wakePartners(u);
    if (other >= 0) wakePartners(other);
  }
}

/** Per group, the movable plain unit with the lowest and with the highest score (-1: none). */
export function plainExtremes(L: Layout, lowest: Int32Array, highest: Int32Array): void {
  lowest.fill(-1);
  highest.fill(-1);
  for (const v of L.movable) {
    if (L.plain[v] === 0) continue;
    const g = L.groupOf[v] as number;
    const x = L.uSum[v] as number;
    const lo = lowest[g] as number;
    const hi = highest[g] as number;
    if (lo < 0 || x < (L.uSum[lo] as number)) lowest[g] = v;
    if (hi < 0 || x > (L.uSum[hi] as number)) highest[g] = v;
  }
}
