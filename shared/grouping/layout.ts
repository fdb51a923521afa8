import { buildPairs, pairWeight } from './pairs';
import type { PairTable } from './pairs';
import type { Problem } from './problem';
import type { Units } from './units';
import { COST_LENGTH, refreshCost } from './cost';

/**
 * What the cost counts: the strategy; whether repeated past pairs count (with `cap`, the mean
 * spread they may not push the result over).
 */
export type Mode = { mixed: boolean; usePast: boolean; cap: number };

/**
 * The local search's state: units (keep-together students, or one student) in groups, with the
 * running sums that let a move or swap be scored in O(1) (see cost.ts for the cost itself).
 * Pins are not in the cost: pinned units never move. Scores are shifted by the class mean, which
 * changes no objective and keeps the sums of squares accurate.
 */
export type Layout = {
  k: number;
  units: number;
  /** unit -> group */
  groupOf: Int32Array;
  /** units that are not pinned, and the same as a flag per unit */
  movable: number[];
  isMovable: Uint8Array;
  uSize: Int32Array;
  uCount: Int32Array;
  uSum: Float64Array;
  uSq: Float64Array;
  /** unit -> [other unit, weight, other unit, weight, ...] */
  apartAdj: number[][];
  apartW: PairTable;
  /** unit * k + group -> weight of keep-apart pairs between the unit and that group */
  apartIn: Float64Array;
  pastAdj: number[][];
  pastW: PairTable;
  pastIn: Float64Array;
  gSize: Int32Array;
  gCount: Int32Array;
  gSum: Float64Array;
  gSq: Float64Array;
  apartTotal: number;
  pastTotal: number;
  /**
   * size limits; `even` and `sEven`: the least sum of squared sizes (scored counts) over k groups,
   * reached exactly when they are balanced (each floor or ceil of the average)
   */
  lim: { lo: number; hi: number; floor: number; ceil: number; even: number; sEven: number };
  mode: Mode;
  /** running totals of the per-group terms, and the cost tuple */
  sizeHard: number;
  balance: number;
  scored: number;
  ssd: number;
  /** group means (NaN: no scored student), their running sums, the 3 highest and 3 lowest */
  gMean: Float64Array;
  meanSum: number;
  meanSq: number;
  meanCount: number;
  top: Int32Array;
  bottom: Int32Array;
  cost: Float64Array;
  /** bumped by every change, so derived data can be reused until the next one */
  version: number;
  /**
   * units that are interchangeable (same size and scores, in no keep-apart pair, nor in a past
   * pair when the mode counts them) share a class number, so swapping them, which changes
   * nothing, is never scored; others have -1
   */
  twin: Int32Array;
  /**
   * 'plain' units: one scored student in no such pair. For 'similar' the cost of swapping any
   * unit with a plain one is concave in the plain one's score, so among a group's plain units
   * only the lowest and the highest can be the best partner (see similarDescent.ts).
   */
  plain: Uint8Array;
};

export function createLayout(p: Problem, units: Units, unitGroup: Int32Array, mode: Mode): Layout {
  const k = p.k;
  const U = units.members.length;
  const n = p.ids.length;
  let shift = 0;
  let scoredCount = 0;
  for (const s of p.scores) {
    if (s === null) continue;
    shift += s;
    scoredCount++;
  }
  shift = scoredCount > 0 ? shift / scoredCount : 0;

  const uSize = new Int32Array(U);
  const uCount = new Int32Array(U);
  const uSum = new Float64Array(U);
  const uSq = new Float64Array(U);
  units.members.forEach((list, u) => {
    uSize[u] = list.length;
    for (const i of list) {
      const s = p.scores[i];
      if (s === null || s === undefined) continue;
      const d = s - shift;
      uCount[u] = (uCount[u] as number) + 1;
      uSum[u] = (uSum[u] as number) + d;
      uSq[u] = (uSq[u] as number) + d * d;
    }
  });

  const apart = buildPairs(U, (add) => {
    for (const [a, b] of p.apart) add(units.unitOf[a] as number, units.unitOf[b] as number, 1);
  });
  const past = buildPairs(U, (add) => {
    for (const [key, w] of p.past)
      add(units.unitOf[Math.floor(key / n)] as number, units.unitOf[key % n] as number, w);
  });

  const L: Layout = {
    k,
    units: U,
    groupOf: Int32Array.from(unitGroup),
    movable: [...units.pin.keys()].filter((u) => (units.pin[u] as number) < 0),
    isMovable: Uint8Array.from(units.pin, (g) => (g < 0 ? 1 : 0)),
    uSize,
    uCount,
    uSum,
    uSq,
    apartAdj: apart.adj,
    apartW: apart,
    apartIn: new Float64Array(U * k),
    pastAdj: past.adj,
    pastW: past,
    pastIn: new Float64Array(U * k),
    gSize: new Int32Array(k),
    gCount: new Int32Array(k),
    gSum: new Float64Array(k),
    gSq: new Float64Array(k),
    apartTotal: 0,
    pastTotal: 0,
    lim: {
      lo: p.minSize ?? 0,
      hi: p.maxSize ?? n,
      floor: p.floor,
      ceil: p.ceil,
      even: leastSquares(n, k),
      sEven: leastSquares(scoredCount, k),
    },
    mode,
    sizeHard: 0,
    balance: 0,
    scored: 0,
    ssd: 0,
    gMean: new Float64Array(k),
    meanSum: 0,
    meanSq: 0,
    meanCount: 0,
    top: new Int32Array(3),
    bottom: new Int32Array(3),
    cost: new Float64Array(COST_LENGTH),
    version: 0,
    twin: new Int32Array(U).fill(-1),
    plain: new Uint8Array(U),
  };
  classify(L);
  assignAll(L, L.groupOf);
  return L;
}

/** Switches the cost (say, to the past-pairs stage): reclassifies units, rebuilds the tuple. */
export function setMode(L: Layout, mode: Mode): void {
  L.mode = mode;
  classify(L);
  refreshCost(L);
}

/** Fills `twin` and `plain`; past pairs count only when the mode uses them. */
function classify(L: Layout): void {
  const seen = new Map<string, number>();
  for (let u = 0; u < L.units; u++) {
    const alone =
      (L.apartAdj[u] as number[]).length === 0 &&
      (!L.mode.usePast || (L.pastAdj[u] as number[]).length === 0);
    L.plain[u] = alone && L.uSize[u] === 1 && L.uCount[u] === 1 ? 1 : 0;
    L.twin[u] = -1;
    if (!alone) continue;
    const key = `${L.uSize[u]},${L.uCount[u]},${L.uSum[u]},${L.uSq[u]}`;
    const id = seen.get(key) ?? seen.size;
    seen.set(key, id);
    L.twin[u] = id;
  }
}

/** Puts every unit in the given group and rebuilds the running sums. */
export function assignAll(L: Layout, unitGroup: Int32Array): void {
  const { k } = L;
  L.groupOf.set(unitGroup);
  L.gSize.fill(0);
  L.gCount.fill(0);
  L.gSum.fill(0);
  L.gSq.fill(0);
  L.apartIn.fill(0);
  L.pastIn.fill(0);
  let apartTotal = 0;
  let pastTotal = 0;
  for (let u = 0; u < L.units; u++) {
    const g = L.groupOf[u] as number;
    L.gSize[g] = (L.gSize[g] as number) + (L.uSize[u] as number);
    L.gCount[g] = (L.gCount[g] as number) + (L.uCount[u] as number);
    L.gSum[g] = (L.gSum[g] as number) + (L.uSum[u] as number);
    L.gSq[g] = (L.gSq[g] as number) + (L.uSq[u] as number);
    const a = L.apartAdj[u] as number[];
    for (let e = 0; e < a.length; e += 2) {
      const g2 = L.groupOf[a[e] as number] as number;
      L.apartIn[u * k + g2] = (L.apartIn[u * k + g2] as number) + (a[e + 1] as number);
      if (g2 === g) apartTotal += a[e + 1] as number;
    }
    const pa = L.pastAdj[u] as number[];
    for (let e = 0; e < pa.length; e += 2) {
      const g2 = L.groupOf[pa[e] as number] as number;
      L.pastIn[u * k + g2] = (L.pastIn[u * k + g2] as number) + (pa[e + 1] as number);
      if (g2 === g) pastTotal += pa[e + 1] as number;
    }
  }
  L.apartTotal = apartTotal / 2;
  L.pastTotal = pastTotal / 2;
  refreshCost(L);
}

/** Moves one unit to group h, keeping every running sum. */
export function applyMove(L: Layout, u: number, h: number): void {
  moveUnit(L, u, h);
  refreshCost(L);
}

/** Several moves in order, with one refresh of the cost at the end. */
export function applyMoves(L: Layout, moves: readonly (readonly [number, number])[]): void {
  for (const [u, h] of moves) moveUnit(L, u, h);
  refreshCost(L);
}

/** applyMove without the cost refresh (the caller refreshes). */
function moveUnit(L: Layout, u: number, h: number): void {
  const { k } = L;
  const g = L.groupOf[u] as number;
  if (g === h) return;
  L.apartTotal += (L.apartIn[u * k + h] as number) - (L.apartIn[u * k + g] as number);
  L.pastTotal += (L.pastIn[u * k + h] as number) - (L.pastIn[u * k + g] as number);
  const shiftEdges = (adj: number[], into: Float64Array) => {
    for (let e = 0; e < adj.length; e += 2) {
      const v = adj[e] as number;
      const w = adj[e + 1] as number;
      into[v * k + g] = (into[v * k + g] as number) - w;
      into[v * k + h] = (into[v * k + h] as number) + w;
    }
  };
  shiftEdges(L.apartAdj[u] as number[], L.apartIn);
  shiftEdges(L.pastAdj[u] as number[], L.pastIn);
  L.gSize[g] = (L.gSize[g] as number) - (L.uSize[u] as number);
  L.gSize[h] = (L.gSize[h] as number) + (L.uSize[u] as number);
  L.gCount[g] = (L.gCount[g] as number) - (L.uCount[u] as number);
  L.gCount[h] = (L.gCount[h] as number) + (L.uCount[u] as number);
  L.gSum[g] = (L.gSum[g] as number) - (L.uSum[u] as number);
  L.gSum[h] = (L.gSum[h] as number) + (L.uSum[u] as number);
  L.gSq[g] = (L.gSq[g] as number) - (L.uSq[u] as number);
  L.gSq[h] = (L.gSq[h] as number) + (L.uSq[u] as number);
  L.groupOf[u] = h;
}

export function applySwap(L: Layout, u: number, v: number): void {
  const g = L.groupOf[u] as number;
  applyMove(L, u, L.groupOf[v] as number);
  applyMove(L, v, g);
}

/** The least sum of squares of k non-negative integers adding up to n. */
function leastSquares(n: number, k: number): number {
  if (k <= 0) return 0;
  const q = Math.floor(n / k);
  const r = n - q * k;
  return r * (q + 1) * (q + 1) + (k - r) * q * q;
}
export const pastWeight = (L: Layout, u: number, v: number): number => pairWeight(L.pastW, u, v);
export const apartWeight = (L: Layout, u: number, v: number): number => pairWeight(L.apartW, u, v);
