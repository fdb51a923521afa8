/**
 * Weights on pairs of units (how many keep-apart pairs, or past groups, join them) and each unit's
 * list of partners. Dense (a Uint16Array, weights capped at 65535) up to DENSE_LIMIT units,
 * a Map beyond.
 */
export type PairTable = {
  size: number;
  /** unit -> [partner, weight, partner, weight, ...] */
  adj: number[][];
  dense: Uint16Array | null;
  sparse: Map<number, number> | null;
};

export const DENSE_LIMIT = 1024;

const keyOf = (a: number, b: number, size: number) => (a < b ? a * size + b : b * size + a);

/** `fill` calls `add(a, b, weight)` for each pair; pairs of a unit with itself are left out. */
export function buildPairs(
  size: number,
  fill: (add: (a: number, b: number, w: number) => void) => void,
): PairTable {
  const dense = size <= DENSE_LIMIT ? new Uint16Array(size * size) : null;
  const sparse = dense ? null : new Map<number, number>();
  const table: PairTable = { size, adj: Array.from({ length: size }, () => []), dense, sparse };
  const touched: number[] = [];
  fill((a, b, w) => {
    if (a === b || w <= 0) return;
    const key = keyOf(a, b, size);
    const old = dense ? (dense[key] as number) : (sparse?.get(key) ?? 0);
    if (old === 0) touched.push(key);
    const next = Math.min(65535, old + w);
    if (dense) dense[key] = next;
    else sparse?.set(key, next);
  });
  for (const key of touched) {
    const a = Math.floor(key / size);
    const b = key % size;
    const w = pairWeight(table, a, b);
    (table.adj[a] as number[]).push(b, w);
    (table.adj[b] as number[]).push(a, w);
  }
  return table;
}

export function pairWeight(t: PairTable, a: number, b: number): number {
  const key = keyOf(a, b, t.size);
  return t.dense ? (t.dense[key] as number) : (t.sparse?.get(key) ?? 0);
}
