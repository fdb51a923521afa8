import { COST_LENGTH, balanceOf, meanStats, scoredOf, sizeHardOf, ssdOf } from './cost';
import { apartWeight, pastWeight } from './layout';
import type { Layout } from './layout';

/** -1: a is better, 1: worse, 0: the same (floats within a relative 1e-10). */
export function compareAt(a: number, b: number): number {
  const tol = 1e-10 * Math.max(1, Math.abs(b));
  return a < b - tol ? -1 : a > b + tol ? 1 : 0;
}

/** Whether cost tuple a is strictly better than b, in lexicographic order. */
export function lexBetter(a: Float64Array, b: Float64Array): boolean {
  for (let i = 0; i < COST_LENGTH; i++) {
    const c = compareAt(a[i] as number, b[i] as number);
    if (c !== 0) return c < 0;
  }
  return false;
}

/**
 * Scores moving `delta` (size, scored count, sum, squares) out of group g and into group h, with
 * the given changes to keep-apart and past-pair totals. Writes the cost tuple to `out` and says
 * whether it beats `bound`; stops early (out then partial) as soon as it cannot.
 */
export function evalChange(
  L: Layout,
  g: number,
  h: number,
  dSize: number,
  dCount: number,
  dSum: number,
  dSq: number,
  dApart: number,
  dPast: number,
  out: Float64Array,
  bound: Float64Array,
): boolean {
  if (dSize === 0) {
    out[0] = L.apartTotal + dApart + L.sizeHard;
    out[1] = L.balance;
  } else {
    const sg = L.gSize[g] as number;
    const sh = L.gSize[h] as number;
    out[0] =
      L.apartTotal +
      dApart +
      L.sizeHard -
      sizeHardOf(L, sg) -
      sizeHardOf(L, sh) +
      sizeHardOf(L, sg - dSize) +
      sizeHardOf(L, sh + dSize);
    out[1] =
      L.balance - balanceOf(L, sg) - balanceOf(L, sh) + balanceOf(L, sg - dSize) + balanceOf(L, sh + dSize);
  }
  // Integer-valued terms: compared exactly.
  if ((out[0] as number) > (bound[0] as number)) return false;
  let verdict = (out[0] as number) < (bound[0] as number) ? -1 : 0;
  if (verdict === 0) {
    if ((out[1] as number) > (bound[1] as number)) return false;
    if ((out[1] as number) < (bound[1] as number)) verdict = -1;
  }
  const cg = L.gCount[g] as number;
  const ch = L.gCount[h] as number;
  const cg2 = cg - dCount;
  const ch2 = ch + dCount;
  const sumG2 = (L.gSum[g] as number) - dSum;
  const sumH2 = (L.gSum[h] as number) + dSum;
  if (L.mode.mixed) {
    out[2] =
      dCount === 0
        ? L.scored
        : L.scored - scoredOf(L, cg) - scoredOf(L, ch) + scoredOf(L, cg2) + scoredOf(L, ch2);
    if (verdict === 0) {
      if ((out[2] as number) > (bound[2] as number)) return false;
      if ((out[2] as number) < (bound[2] as number)) verdict = -1;
    }
    const stats = meanStats(L, g, cg2, sumG2, h, ch2, sumH2);
    const spread = stats[0] as number;
    const variance = stats[1] as number;
    out[3] = L.mode.usePast ? Math.max(0, spread - L.mode.cap) : 0;
    out[4] = L.mode.usePast ? L.pastTotal + dPast : 0;
    out[5] = spread;
    out[6] = variance;
  } else {
    out[2] = 0;
    out[3] = 0;
    out[4] = 0;
    out[5] =
      L.ssd -
      ssdOf(cg, L.gSum[g] as number, L.gSq[g] as number) -
      ssdOf(ch, L.gSum[h] as number, L.gSq[h] as number) +
      ssdOf(cg2, sumG2, (L.gSq[g] as number) - dSq) +
      ssdOf(ch2, sumH2, (L.gSq[h] as number) + dSq);
    out[6] = 0;
  }
  for (let i = 2; verdict === 0 && i < COST_LENGTH; i++)
    verdict = compareAt(out[i] as number, bound[i] as number);
  return verdict < 0;
}

/** Unit u to group h. */
export function evalMove(L: Layout, u: number, h: number, out: Float64Array, bound: Float64Array): boolean {
  const { k } = L;
  const g = L.groupOf[u] as number;
  return evalChange(
    L,
    g,
    h,
    L.uSize[u] as number,
    L.uCount[u] as number,
    L.uSum[u] as number,
    L.uSq[u] as number,
    (L.apartIn[u * k + h] as number) - (L.apartIn[u * k + g] as number),
    (L.pastIn[u * k + h] as number) - (L.pastIn[u * k + g] as number),
    out,
    bound,
  );
}

/** Units u and v (in different groups) trade places. */
export function evalSwap(L: Layout, u: number, v: number, out: Float64Array, bound: Float64Array): boolean {
  const { k } = L;
  const g = L.groupOf[u] as number;
  const h = L.groupOf[v] as number;
  const a = L.apartIn;
  const p = L.pastIn;
  const dApart =
    (L.apartAdj[u] as number[]).length + (L.apartAdj[v] as number[]).length === 0
      ? 0
      : (a[u * k + h] as number) -
        (a[u * k + g] as number) +
        (a[v * k + g] as number) -
        (a[v * k + h] as number) -
        2 * apartWeight(L, u, v);
  const dPast =
    (L.pastAdj[u] as number[]).length + (L.pastAdj[v] as number[]).length === 0
      ? 0
      : (p[u * k + h] as number) -
        (p[u * k + g] as number) +
        (p[v * k + g] as number) -
        (p[v * k + h] as number) -
        2 * pastWeight(L, u, v);
  return evalChange(
    L,
    g,
    h,
    (L.uSize[u] as number) - (L.uSize[v] as number),
    (L.uCount[u] as number) - (L.uCount[v] as number),
    (L.uSum[u] as number) - (L.uSum[v] as number),
    (L.uSq[u] as number) - (L.uSq[v] as number),
    dApart,
    dPast,
    out,
    bound,
  );
}
