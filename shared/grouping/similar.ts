/**
 * The rule-free optimum for 'similar': the partition of the scored students that minimises the
 * within-group sum of squared deviations from the group mean, for balanced group sizes.
 *
 * Allowed sizes: with n present students and k groups, every group holds floor(n/k) or
 * ceil(n/k) students (n mod k groups the larger size), and any group may take either size.
 * Unscored students add nothing to the objective: they fill up the groups after the scored ones
 * are placed, so a group's scored count may be anything up to its size. For a fixed size vector
 * the optimum is contiguous in sorted order (exchanging two students across groups out of order
 * never raises the cost), so a dynamic programme over the sorted scores that tries every size
 * for every contiguous block, within those limits, reaches the true optimum.
 */
export function optimalBlocks(sorted: readonly number[], k: number, n: number): number[] {
  const m = sorted.length;
  const q = Math.floor(n / k);
  const r = n % k; // groups of size q + 1
  const u = n - m; // unscored students, who fill the gaps
  const hiS = r > 0 ? q + 1 : q;
  const loS = Math.max(0, q - u);
  const C = r;

  // Shifted prefix sums keep the subtraction in blockCost accurate.
  let mean = 0;
  for (const x of sorted) mean += x;
  mean = m > 0 ? mean / m : 0;
  const p1 = new Float64Array(m + 1);
  const p2 = new Float64Array(m + 1);
  for (let i = 0; i < m; i++) {
    const d = (sorted[i] as number) - mean;
    p1[i + 1] = (p1[i] as number) + d;
    p2[i + 1] = (p2[i] as number) + d * d;
  }
  const blockCost = (a: number, b: number): number => {
    if (b <= a) return 0;
    const s = (p1[b] as number) - (p1[a] as number);
    return Math.max(0, (p2[b] as number) - (p2[a] as number) - (s * s) / (b - a));
  };

  // dp[(j * (C + 1) + c) * (m + 1) + i]: least cost of j blocks covering the first i scores,
  // c of the blocks having size q + 1 (which only the r larger groups can hold).
  const layer = (C + 1) * (m + 1);
  const dp = new Float64Array((k + 1) * layer).fill(Infinity);
  const choice = new Int32Array((k + 1) * layer).fill(-1);
  dp[0] = 0;
  for (let j = 0; j < k; j++) {
    for (let c = 0; c <= C; c++) {
      for (let i = 0; i <= m; i++) {
        const here = dp[j * layer + c * (m + 1) + i] as number;
        if (here === Infinity) continue;
        const top = Math.min(hiS, m - i);
        for (let s = loS; s <= top; s++) {
          const c2 = s === q + 1 ? c + 1 : c;
          if (c2 > C) continue;
          const at = (j + 1) * layer + c2 * (m + 1) + i + s;
          const cost = here + blockCost(i, i + s);
          if (cost < (dp[at] as number)) {
            dp[at] = cost;
            choice[at] = s;
          }
        }
      }
    }
  }
  let bestC = -1;
  for (let c = 0; c <= C; c++) {
    const v = dp[k * layer + c * (m + 1) + m] as number;
    if (v !== Infinity && (bestC < 0 || v < (dp[k * layer + bestC * (m + 1) + m] as number))) bestC = c;
  }
  const sizes: number[] = new Array<number>(k).fill(0);
  let i = m;
  let c = bestC;
  for (let j = k; j > 0; j--) {
    const s = choice[j * layer + c * (m + 1) + i] as number;
    sizes[j - 1] = s;
    i -= s;
    if (s === q + 1) c--;
  }
  return sizes;
}

/**
 * Students into groups for 'similar' with no rules: the optimal blocks, lowest scores first,
 * blocks with no scored student last; then the unscored students fill the smallest groups.
 * Returns the group of every student.
 */
export function similarStart(scores: readonly (number | null)[], k: number): Int32Array {
  const n = scores.length;
  const scored = scoredAscending(scores);
  const sizes = optimalBlocks(
    scored.map((i) => scores[i] as number),
    k,
    n,
  );
  const order = sizes
    .map((_, g) => g)
    .sort((a, b) => Number(sizes[a] === 0) - Number(sizes[b] === 0) || a - b);
  const groupOf = new Int32Array(n).fill(-1);
  const groupSize = new Array<number>(k).fill(0);
  let at = 0;
  order.forEach((block, g) => {
    for (let s = 0; s < (sizes[block] as number); s++) groupOf[scored[at++] as number] = g;
    groupSize[g] = sizes[block] as number;
  });
  fillSmallest(groupOf, groupSize, unscoredOf(scores));
  return groupOf;
}

/** Indices of scored students by ascending score (equal scores in input order). */
export function scoredAscending(scores: readonly (number | null)[]): number[] {
  const out: number[] = [];
  scores.forEach((s, i) => {
    if (s !== null) out.push(i);
  });
  return out.sort((a, b) => (scores[a] as number) - (scores[b] as number) || a - b);
}

export function unscoredOf(scores: readonly (number | null)[]): number[] {
  const out: number[] = [];
  scores.forEach((s, i) => {
    if (s === null) out.push(i);
  });
  return out;
}

/** Each student in turn joins the smallest group (the first, on a tie). */
export function fillSmallest(groupOf: Int32Array, groupSize: number[], students: readonly number[]): void {
  for (const i of students) {
    let g = 0;
    for (let h = 1; h < groupSize.length; h++) if ((groupSize[h] as number) < (groupSize[g] as number)) g = h;
    groupOf[i] = g;
    groupSize[g] = (groupSize[g] as number) + 1;
  }
}
