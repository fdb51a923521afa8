// rollup() over 1,000,000 scores: 50,000 student x skill cells of 20 dated scores each, the way
// a class's evidence reaches it (dates 'YYYY-MM-DD', mostly in entry order, some out of order, a
// few not scored yet). Every run goes over all the cells once; runs are timed after a warm-up.
import { DEFAULT_SCALE, DEFAULT_METHOD, METHOD_KINDS, rollup, type CalculationMethod, type Score } from '../../../shared/mastery';

export type RollupBench = {
  scores: number;
  cells: number;
  runs: number;
  /** median ms for one pass over every cell with the default method */
  defaultMedianMs: number;
  defaultMs: number[];
  /** median ms per method (default parameters), one pass over every cell */
  methodMedianMs: Record<string, number>;
  outOfOrderCells: number;
  nullScores: number;
};

/** A small deterministic generator, so every run of the bench sees the same data. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function makeCells(cells: number, perCell: number): { data: Score[][]; outOfOrder: number; nulls: number } {
  const rand = lcg(20260824);
  const start = Date.UTC(2026, 7, 24);
  const data: Score[][] = [];
  let outOfOrder = 0;
  let nulls = 0;
  for (let c = 0; c < cells; c++) {
    // Scores spread over a school year (~180 school days), in the order they were entered.
    let day = Math.floor(rand() * 10);
    const scores: Score[] = [];
    for (let i = 0; i < perCell; i++) {
      day += Math.floor(rand() * 16); // sometimes the same day twice
      const value = rand() < 0.02 ? null : 1 + Math.floor(rand() * 4);
      if (value === null) nulls++;
      // A fresh string each time, as IndexedDB hands them back (not one shared string per day).
      scores.push({ value, at: new Date(start + day * 86_400_000).toISOString().slice(0, 10) });
    }
    // One cell in eight has scores out of order: a late entry for an earlier date, or a swap.
    if (rand() < 0.125) {
      outOfOrder++;
      const i = Math.floor(rand() * perCell);
      const j = (i + 1 + Math.floor(rand() * (perCell - 1))) % perCell;
      const t = scores[i]!;
      scores[i] = scores[j]!;
      scores[j] = t;
    }
    data.push(scores);
  }
  return { data, outOfOrder, nulls };
}

function pass(data: Score[][], method: CalculationMethod): { ms: number; check: number } {
  let check = 0;
  const t0 = performance.now();
  for (let c = 0; c < data.length; c++) check += rollup(data[c]!, method, DEFAULT_SCALE) ?? 0;
  return { ms: performance.now() - t0, check };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const round = (x: number) => Math.round(x * 10) / 10;

/** The method with its default parameter, as a plain object literal (like a stored setting). */
function defaultOf(kind: CalculationMethod['kind']): CalculationMethod {
  const param = METHOD_KINDS.find((m) => m.kind === kind)?.param;
  if (!param) return { kind } as CalculationMethod;
  return (param.name === 'weight' ? { kind, weight: param.default } : { kind, n: param.default }) as CalculationMethod;
}

export function benchRollup(options: { cells?: number; perCell?: number; runs?: number } = {}): RollupBench {
  const cells = options.cells ?? 50_000;
  const perCell = options.perCell ?? 20;
  const runs = options.runs ?? 9;
  const { data, outOfOrder, nulls } = makeCells(cells, perCell);

  // Warm-up: every method once (JIT, scratch buffers), then the default method twice more.
  for (const m of METHOD_KINDS) pass(data, defaultOf(m.kind));
  pass(data, DEFAULT_METHOD);
  pass(data, DEFAULT_METHOD);

  let check = 0;
  const defaultMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = pass(data, DEFAULT_METHOD);
    defaultMs.push(r.ms);
    check += r.check;
  }
  const methodMedianMs: Record<string, number> = {};
  for (const m of METHOD_KINDS) {
    const method = defaultOf(m.kind);
    const times: number[] = [];
    for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) {
      const r = pass(data, method);
      times.push(r.ms);
      check += r.check;
    }
    const label = 'weight' in method ? `${m.kind}(${method.weight})` : 'n' in method ? `${m.kind}(${method.n})` : m.kind;
    methodMedianMs[label] = round(median(times));
  }
  if (!Number.isFinite(check)) throw new Error('rollup gave a non-finite result');
  return {
    scores: cells * perCell,
    cells,
    runs,
    defaultMedianMs: round(median(defaultMs)),
    defaultMs: defaultMs.map(round),
    methodMedianMs,
    outOfOrderCells: outOfOrder,
    nullScores: nulls,
  };
}
