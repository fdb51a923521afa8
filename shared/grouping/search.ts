import { COST_LENGTH, outOfBalance, sizeHardOf } from './cost';
import { applyMove, applySwap, assignAll } from './layout';
import type { Layout } from './layout';
import { bestContentSwap, bestUnitExchange } from './macro';
import { evalMove, evalSwap, lexBetter } from './moves';
import { randomInt, shuffle } from './prng';
import { descendSimilar } from './similarDescent';

/** How many candidate moves one search may score: this bounds the time, whatever the class. */
export type Budget = { left: number };

/** At most this many macro moves (see macro.ts) per settle, each followed by a descent. */
const MACRO_ROUNDS = 12;

/**
 * The descent for 'mixed': best improvement with "don't look" bits. Each active unit (seeded
 * random order, units breaking a rule first) takes the best of moving to another group or
 * swapping with a unit of another group, if that lowers the cost tuple; a change re-activates the
 * units of the two groups and of the extreme-mean groups, and the moved units' keep-apart and
 * past partners. Where rules and sizes all hold and past pairs play no part, only units of the
 * highest- and lowest-mean groups are scanned: no other change can lower the spread (only its
 * variance tie-break). Stops when no unit is active or the budget is spent.
 */
export function descendMixed(L: Layout, rng: () => number, budget: Budget, start?: readonly number[]): void {
  const cand = new Float64Array(COST_LENGTH);
  const best = new Float64Array(COST_LENGTH);
  const active = new Uint8Array(L.units);
  const bad = new Set(troubled(L));
  const first = shuffle(
    (start ?? L.movable).filter((u) => L.isMovable[u] === 1),
    rng,
  );
  const queue = [...first.filter((u) => bad.has(u)), ...first.filter((u) => !bad.has(u))];
  for (const u of queue) active[u] = 1;
  const wake = (u: number) => {
    if (L.isMovable[u] === 1 && active[u] === 0) {
      active[u] = 1;
      queue.push(u);
    }
  };
  for (let head = 0; head < queue.length && budget.left > 0; head++) {
    const u = queue[head] as number;
    active[u] = 0;
    const g = L.groupOf[u] as number;
    const clean = L.cost[0] === 0 && L.cost[1] === 0 && L.cost[2] === 0;
    if (clean && !L.mode.usePast && g !== L.top[0] && g !== L.bottom[0]) continue;
    best.set(L.cost);
    let move = 0;
    let target = -1;
    for (let h = 0; h < L.k; h++) {
      if (h === g) continue;
      budget.left--;
      if (evalMove(L, u, h, cand, best)) {
        best.set(cand);
        move = 1;
        target = h;
      }
    }
    const ku = L.twin[u] as number;
    // Clean, a plain unit of the top group swapped with a plain unit scoring as much or more
    // cannot lower the spread (mirrored for the bottom group): skipped.
    const side =
      clean && !L.mode.usePast && L.plain[u] === 1 ? (g === L.top[0] ? 1 : g === L.bottom[0] ? -1 : 0) : 0;
    const xu = L.uSum[u] as number;
    for (const v of L.movable) {
      if (L.groupOf[v] === g || (ku >= 0 && L.twin[v] === ku)) continue;
      if (side !== 0 && L.plain[v] === 1 && side * ((L.uSum[v] as number) - xu) >= 0) continue;
      budget.left--;
      if (evalSwap(L, u, v, cand, best)) {
        best.set(cand);
        move = 2;
        target = v;
      }
    }
    if (move === 0) continue;
    const h = move === 1 ? target : (L.groupOf[target] as number);
    if (move === 1) applyMove(L, u, target);
    else applySwap(L, u, target);
    const top = L.top[0] as number;
    const bottom = L.bottom[0] as number;
    for (let v = 0; v < L.units; v++) {
      const gv = L.groupOf[v];
      if (gv === g || gv === h || gv === top || gv === bottom) wake(v);
    }
    for (const w of move === 2 ? [u, target] : [u]) {
      const a = L.apartAdj[w] as number[];
      for (let e = 0; e < a.length; e += 2) wake(a[e] as number);
      if (!L.mode.usePast) continue;
      const p = L.pastAdj[w] as number[];
      for (let e = 0; e < p.length; e += 2) wake(p[e] as number);
    }
  }
}

/** A descent of either kind; `changed`: only what changed in these groups needs a new look. */
function descend(L: Layout, rng: () => number, budget: Budget, changed?: readonly number[]): void {
  if (!L.mode.mixed) descendSimilar(L, rng, budget, changed);
  else
    descendMixed(
      L,
      rng,
      budget,
      changed && L.movable.filter((v) => changed.includes(L.groupOf[v] as number)),
    );
}

/** Units that break a keep-apart pair or sit in a group of the wrong size. */
function troubled(L: Layout): number[] {
  return L.movable.filter((u) => {
    const g = L.groupOf[u] as number;
    const size = L.gSize[g] as number;
    return (L.apartIn[u * L.k + g] as number) > 0 || sizeHardOf(L, size) > 0 || outOfBalance(L, size);
  });
}

/**
 * Descent; then, a few times, the best macro move (two groups' contents swapped, or a
 * keep-together unit traded for single students; see macro.ts) and a descent from the groups it
 * changed; then, while hard rules or sizes are still off, up to `kicks` seeded perturbations
 * (two troubled units swapped or moved at random), each followed by a descent from the groups
 * it touched. Keeps the best state seen.
 */
export function settle(L: Layout, rng: () => number, budget: Budget, kicks: number): void {
  descend(L, rng, budget);
  for (let round = 0; round < MACRO_ROUNDS && budget.left > 0 && L.movable.length > 0; round++) {
    const pair = bestContentSwap(L, budget) ?? bestUnitExchange(L, budget);
    if (pair === null) break;
    descend(L, rng, budget, pair);
  }
  const bestCost = Float64Array.from(L.cost);
  let bestGroups = Int32Array.from(L.groupOf);
  for (let t = 0; t < kicks && budget.left > 0 && (L.cost[0] as number) + (L.cost[1] as number) > 0; t++) {
    const candidates = troubled(L);
    if (candidates.length === 0 || L.k < 2) break;
    const touched = new Set<number>();
    for (let j = 0; j < 2; j++) {
      const u = candidates[randomInt(rng, candidates.length)] as number;
      const g = L.groupOf[u] as number;
      let h = randomInt(rng, L.k - 1);
      if (h >= g) h++;
      const others = L.movable.filter((v) => L.groupOf[v] === h);
      if ((L.apartIn[u * L.k + g] as number) > 0 && others.length > 0)
        applySwap(L, u, others[randomInt(rng, others.length)] as number);
      else applyMove(L, u, h);
      touched.add(g).add(h);
    }
    descend(L, rng, budget, [...touched]);
    if (lexBetter(L.cost, bestCost)) {
      bestCost.set(L.cost);
      bestGroups = Int32Array.from(L.groupOf);
    }
  }
  if (lexBetter(bestCost, L.cost)) assignAll(L, bestGroups);
}
