/**
 * Measures of a grouping, on the scores of each group's members (null = unscored, left out).
 * The same numbers makeGroups optimises, so a screen can show them and a test can check them.
 */

/** The mean of the scored members, or null when none is scored. */
export function groupMean(scores: readonly (number | null)[]): number | null {
  let sum = 0;
  let count = 0;
  for (const s of scores) {
    if (s === null) continue;
    sum += s;
    count++;
  }
  return count > 0 ? sum / count : null;
}

/** 'similar' minimises this: the sum over groups of squared deviations from the group mean. */
export function withinGroupSquares(groups: readonly (readonly (number | null)[])[]): number {
  let total = 0;
  for (const g of groups) {
    const mean = groupMean(g);
    if (mean === null) continue;
    for (const s of g) if (s !== null) total += (s - mean) ** 2;
  }
  return total;
}

/** 'mixed' minimises this: the highest group mean minus the lowest (groups with no score left out). */
export function meanSpread(groups: readonly (readonly (number | null)[])[]): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const g of groups) {
    const mean = groupMean(g);
    if (mean === null) continue;
    lo = Math.min(lo, mean);
    hi = Math.max(hi, mean);
  }
  return hi > lo ? hi - lo : 0;
}

/** The variance of the group means ('mixed' breaks ties on meanSpread with it). */
export function meanVariance(groups: readonly (readonly (number | null)[])[]): number {
  const means = groups.map(groupMean).filter((m): m is number => m !== null);
  if (means.length === 0) return 0;
  const avg = means.reduce((a, b) => a + b, 0) / means.length;
  return means.reduce((a, m) => a + (m - avg) ** 2, 0) / means.length;
}

/**
 * How many pairs in `groups` were together before, each counted once for every earlier group
 * that held it ('mixed' keeps this low).
 */
export function repeatedPairs(
  groups: readonly (readonly string[])[],
  pastGroups: readonly (readonly (readonly string[])[])[],
): number {
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => g.forEach((id) => groupOf.set(id, i)));
  let count = 0;
  for (const grouping of pastGroups) {
    for (const group of grouping) {
      const here = [...new Set(group)];
      for (let x = 0; x < here.length; x++) {
        const gx = groupOf.get(here[x] as string);
        if (gx === undefined) continue;
        for (let y = x + 1; y < here.length; y++) if (groupOf.get(here[y] as string) === gx) count++;
      }
    }
  }
  return count;
}
