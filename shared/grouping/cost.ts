import type { Layout } from './layout';

/**
 * The cost of a Layout, a tuple compared in order (lower is better):
 *   0 hard     keep-apart pairs in one group + students over maxSize / under minSize
 *   1 balance  sum of squared group sizes less its balanced least: 0 when every group is
 *              floor(n/k) or ceil(n/k), and lower when a forced imbalance is spread evenly
 *   2 scored   ('mixed') the same for the scored students per group
 *   3 overCap  ('mixed', past pairs stage) how far the mean spread is over its cap
 *   4 repeats  ('mixed', past pairs stage) pairs that were together before
 *   5 main     'similar': within-group sum of squares; 'mixed': spread of group means
 *   6 second   'mixed': variance of group means
 */
export const COST_LENGTH = 7;

export const sizeHardOf = (L: Layout, size: number): number =>
  Math.max(0, size - L.lim.hi) + Math.max(0, L.lim.lo - size);
/**
 * The balance terms are sums of squares (of sizes, of scored counts) less their least value: 0
 * exactly when balanced, and lower when an imbalance that rules force is spread evenly.
 */
export const balanceOf = (_L: Layout, size: number): number => size * size;
export const scoredOf = (L: Layout, count: number): number => (L.mode.mixed ? count * count : 0);
export const outOfBalance = (L: Layout, size: number): boolean => size < L.lim.floor || size > L.lim.ceil;

export const ssdOf = (count: number, sum: number, sq: number): number =>
  count > 0 ? Math.max(0, sq - (sum * sum) / count) : 0;

/** Recomputes the per-group totals, the mean extremes and the cost tuple (O(k)). */
export function refreshCost(L: Layout): void {
  let sizeHard = 0;
  let balance = 0;
  let scored = 0;
  let ssd = 0;
  let meanSum = 0;
  let meanSq = 0;
  let meanCount = 0;
  L.top.fill(-1);
  L.bottom.fill(-1);
  for (let g = 0; g < L.k; g++) {
    const size = L.gSize[g] as number;
    const count = L.gCount[g] as number;
    sizeHard += sizeHardOf(L, size);
    balance += balanceOf(L, size);
    scored += scoredOf(L, count);
    ssd += ssdOf(count, L.gSum[g] as number, L.gSq[g] as number);
    if (count <= 0) {
      L.gMean[g] = NaN;
      continue;
    }
    const m = (L.gSum[g] as number) / count;
    L.gMean[g] = m;
    meanSum += m;
    meanSq += m * m;
    meanCount++;
    insertExtreme(L, L.top, g, m, 1);
    insertExtreme(L, L.bottom, g, m, -1);
  }
  L.sizeHard = sizeHard;
  L.balance = balance - L.lim.even;
  L.scored = L.mode.mixed ? scored - L.lim.sEven : 0;
  L.ssd = ssd;
  L.meanSum = meanSum;
  L.meanSq = meanSq;
  L.meanCount = meanCount;
  L.version++;
  const c = L.cost;
  c[0] = L.apartTotal + sizeHard;
  c[1] = L.balance;
  c[2] = L.scored;
  if (L.mode.mixed) {
    const stats = meanStats(L, -1, 0, 0, -1, 0, 0);
    const spread = stats[0] as number;
    const variance = stats[1] as number;
    c[3] = L.mode.usePast ? Math.max(0, spread - L.mode.cap) : 0;
    c[4] = L.mode.usePast ? L.pastTotal : 0;
    c[5] = spread;
    c[6] = variance;
  } else {
    c[3] = 0;
    c[4] = 0;
    c[5] = ssd;
    c[6] = 0;
  }
}

/** Keeps `list` the (up to) 3 groups with the highest (sign 1) or lowest (-1) means, best first. */
function insertExtreme(L: Layout, list: Int32Array, g: number, m: number, sign: number): void {
  for (let i = 0; i < 3; i++) {
    const at = list[i] as number;
    if (at < 0 || sign * m > sign * (L.gMean[at] as number)) {
      for (let j = 2; j > i; j--) list[j] = list[j - 1] as number;
      list[i] = g;
      return;
    }
  }
}

const stats = new Float64Array(2);
/**
 * Spread and variance of the group means ([0] and [1] of one reused array), with groups a and b
 * (when >= 0) given new scored counts and sums, in O(1). Groups with no scored student have no
 * mean and are left out.
 */
export function meanStats(
  L: Layout,
  a: number,
  ca: number,
  sa: number,
  b: number,
  cb: number,
  sb: number,
): Float64Array {
  let hi = -Infinity;
  let lo = Infinity;
  for (let i = 0; i < 3; i++) {
    const g = L.top[i] as number;
    if (g < 0) break;
    if (g !== a && g !== b) {
      hi = L.gMean[g] as number;
      break;
    }
  }
  for (let i = 0; i < 3; i++) {
    const g = L.bottom[i] as number;
    if (g < 0) break;
    if (g !== a && g !== b) {
      lo = L.gMean[g] as number;
      break;
    }
  }
  let sum = L.meanSum;
  let sq = L.meanSq;
  let count = L.meanCount;
  if (a >= 0) {
    if ((L.gCount[a] as number) > 0) {
      const m = L.gMean[a] as number;
      sum -= m;
      sq -= m * m;
      count--;
    }
    if (ca > 0) {
      const m = sa / ca;
      sum += m;
      sq += m * m;
      count++;
      if (m > hi) hi = m;
      if (m < lo) lo = m;
    }
  }
  if (b >= 0) {
    if ((L.gCount[b] as number) > 0) {
      const m = L.gMean[b] as number;
      sum -= m;
      sq -= m * m;
      count--;
    }
    if (cb > 0) {
      const m = sb / cb;
      sum += m;
      sq += m * m;
      count++;
      if (m > hi) hi = m;
      if (m < lo) lo = m;
    }
  }
  if (count <= 0) {
    stats[0] = 0;
    stats[1] = 0;
  } else {
    const avg = sum / count;
    stats[0] = hi > lo ? hi - lo : 0;
    stats[1] = Math.max(0, sq / count - avg * avg);
  }
  return stats;
}
